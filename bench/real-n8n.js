module.exports={compare: async()=>({skipped:'not measured (todo)'})}
