import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Pinterest IDs are digit strings longer than JavaScript's safe integers, so they must stay
 * strings. A number that already lost precision cannot be repaired: say so.
 */
export function checkId(node: INode, value: unknown, field: string, itemIndex: number): string {
	if (typeof value === 'number') {
		if (!Number.isSafeInteger(value) || value < 0) {
			throw new NodeOperationError(node, `${field} must be a string of digits`, {
				itemIndex,
				description: `The number ${value} is too large to be exact in JavaScript, so it is no longer the right ID. Pass the ID as text, e.g. {{ String($json.id) }} from a field that holds it as a string.`,
			});
		}
		return String(value);
	}
	if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
		throw new NodeOperationError(node, `${field} is empty`, {
			itemIndex,
			description: `Set ${field}: pick it from the list, or give its ID (digits only). If it comes from an expression, check that the expression resolves to a value for this item.`,
		});
	}
	const text = String(value).trim();
	if (!/^\d+$/.test(text)) {
		throw new NodeOperationError(node, `${field} must contain digits only`, {
			itemIndex,
			description: `"${text.slice(0, 80)}" is not a Pinterest ID. IDs look like 549755885175. Use the "By URL" mode to paste a link instead${field === 'Board' ? ', or "By Name" for a board name' : ''}.`,
		});
	}
	return text;
}
