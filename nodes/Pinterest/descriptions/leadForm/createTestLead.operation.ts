import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { adsLocator } from '../shared/locators';

/** A lead form has at most 10 questions (LeadFormCommon.questions, maxItems 10). */
export const MAX_ANSWERS = 10;

const properties: INodeProperties[] = [
	adsLocator('adAccountId', 'The ad account the lead form belongs to'),
	adsLocator('leadFormId', 'The lead form to send a test lead for'),
	{
		displayName: 'Answers',
		name: 'answers',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Answer',
		default: {},
		required: true,
		description:
			'One answer per question of the form, in the order the questions were created (Lead Form → Get shows them)',
		options: [
			{
				displayName: 'Answer',
				name: 'answer',
				values: [
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'jane@example.com',
						description: 'The answer to the question at this position',
					},
				],
			},
		],
	},
];

/** The LeadFormTestRequest body: { answers: [...] }, checked before the request. */
async function testLeadBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const raw = this.getNodeParameter('answers', {}) as IDataObject;
	const rows = Array.isArray(raw.answer) ? (raw.answer as IDataObject[]) : [];
	const answers = rows.map((row, index) => {
		const value = row.value;
		if (typeof value === 'string') return value;
		if (typeof value === 'number' || typeof value === 'boolean') return String(value);
		throw new NodeOperationError(this.getNode(), `Answer ${index + 1} must be text`, {
			itemIndex: this.getItemIndex(),
			description: `Answers → Answer ${index + 1} resolved to ${value === null ? 'null' : typeof value}. Give each answer as text (an expression may use String(...)).`,
		});
	});
	if (answers.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Answers is empty', {
			itemIndex: this.getItemIndex(),
			description:
				'Add one answer per question of the lead form, in the order of its questions (Lead Form → Get lists them).',
		});
	}
	if (answers.length > MAX_ANSWERS) {
		throw new NodeOperationError(this.getNode(), `Answers has ${answers.length} entries`, {
			itemIndex: this.getItemIndex(),
			description: `A lead form has at most ${MAX_ANSWERS} questions. Give one answer per question, in the order of the questions.`,
		});
	}
	requestOptions.body = { answers };
	return requestOptions;
}

export const preSend: PreSendAction[] = [testLeadBody];

export const description = updateDisplayOptions(
	{ show: { resource: ['leadForm'], operation: ['createTestLead'] } },
	properties,
);
