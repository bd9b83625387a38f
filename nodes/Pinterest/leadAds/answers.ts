import type { IDataObject } from 'n8n-workflow';

/**
 * The questions and answers of a decrypted lead, by name. The decrypted data is read as
 * { answers: [...] } (or the array itself); each answer is an object with the question
 * (`question_type`, and `custom_question_label` for custom questions; or `question` / `label`)
 * and `answer` (or `value` / `answers` for several choices), or a bare value (then its position
 * names it). Standard questions are named by their type in lower case (email, first_name,
 * phone_number), custom ones by their label; a repeated name gets _2, _3.
 */
export interface LeadAnswer {
	name: string;
	question_type?: string;
	question?: string;
	answer: unknown;
}

function questionName(entry: IDataObject, position: number): Omit<LeadAnswer, 'answer'> {
	const type = typeof entry.question_type === 'string' ? entry.question_type : undefined;
	const labelValue = entry.custom_question_label ?? entry.question ?? entry.label;
	const label = typeof labelValue === 'string' && labelValue.trim() !== '' ? labelValue.trim() : '';
	let name: string;
	if (type && type !== 'CUSTOM') name = type.toLowerCase();
	else if (label) name = label;
	else name = `answer_${position + 1}`;
	return {
		name,
		...(type ? { question_type: type } : {}),
		...(label ? { question: label } : {}),
	};
}

function answerOf(entry: IDataObject): unknown {
	for (const field of ['answer', 'value', 'answers', 'values']) {
		if (field in entry) return entry[field];
	}
	return null;
}

export function answersOf(data: unknown): LeadAnswer[] {
	const object =
		data && typeof data === 'object' && !Array.isArray(data) ? (data as IDataObject) : {};
	const rawList = Array.isArray(data)
		? data
		: Array.isArray(object.answers)
			? object.answers
			: Array.isArray(object.questions)
				? object.questions
				: [];
	const used = new Map<string, number>();
	return (rawList as unknown[]).map((raw, position) => {
		const entry =
			raw && typeof raw === 'object' && !Array.isArray(raw)
				? (raw as IDataObject)
				: ({ answer: raw } as IDataObject);
		const question = questionName(entry, position);
		const seen = (used.get(question.name) ?? 0) + 1;
		used.set(question.name, seen);
		if (seen > 1) question.name = `${question.name}_${seen}`;
		return { ...question, answer: answerOf(entry) };
	});
}

/** One output item's JSON: the lead's IDs and times, its answers by name, and the list. */
export function leadItem(meta: IDataObject, data: unknown): IDataObject {
	const answers = answersOf(data);
	const byName: IDataObject = {};
	for (const answer of answers) byName[answer.name] = answer.answer as IDataObject[string];
	const extra =
		data && typeof data === 'object' && !Array.isArray(data)
			? Object.fromEntries(
					Object.entries(data as IDataObject).filter(
						([field]) => field !== 'answers' && field !== 'questions',
					),
				)
			: {};
	return {
		...meta,
		...extra,
		answers: byName,
		questions: answers as unknown as IDataObject[],
	};
}
