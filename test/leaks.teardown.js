// Global teardown: no access token, refresh token, client secret or feed location password may
// appear in any output, error message, error description or log line recorded during the run
// (test/helpers/leaks.ts).
const { takeJsonLines } = require('./jsonLines');

module.exports = async () => {
	const records = takeJsonLines(process.env.PINTEREST_LEAK_LOG);
	if (!records) return;
	// Short test values ("tok") would match ordinary words; real tokens are long.
	const secrets = new Set(
		records.flatMap((r) => r.secrets).filter((s) => typeof s === 'string' && s.length >= 8),
	);
	const leaks = [];
	let texts = 0;
	for (const record of records) {
		for (const text of record.texts) {
			texts++;
			for (const secret of secrets) {
				if (text.includes(secret))
					leaks.push(`${record.kind}: ${secret.slice(0, 4)}… in "${text.slice(0, 80)}…"`);
			}
		}
	}
	console.log(
		`\nsecrets check: ${records.length} runs, ${texts} texts, ${secrets.size} secrets, ${leaks.length} leaks`,
	);
	if (leaks.length)
		throw new Error(`Secrets leaked into outputs, errors or logs:\n${leaks.join('\n')}`);
};
