import type { IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

// Pin text limits from the API's Pin/PinCreate/PinUpdate schemas (maxLength in the Pin, PinCreate and PinUpdate schemas of Pinterest's OpenAPI description).
export const PIN_LIMITS = { title: 100, description: 800, link: 2048, alt_text: 500 } as const;

/** An input error of the current item, with what to do about it. */
export function fail(
	context: IExecuteSingleFunctions,
	message: string,
	description: string,
): never {
	throw new NodeOperationError(context.getNode(), message, {
		itemIndex: context.getItemIndex(),
		description,
	});
}

/** Text of at most max characters; returns undefined for an unset/empty value. */
export function checkLength(
	context: IExecuteSingleFunctions,
	value: unknown,
	field: string,
	max: number,
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value);
	if (text.length > max) {
		fail(
			context,
			`${field} is too long (${text.length} characters)`,
			`Pinterest allows at most ${max} characters for ${field}. Shorten it, e.g. with {{ $json.text.slice(0, ${max}) }}.`,
		);
	}
	return text;
}

/** preSend: fails before the request when a text is empty (if required) or longer than max. */
export function checkText(
	parameter: string,
	field: string,
	max: number,
	required = false,
): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const path = parameter.split('.');
		let value: unknown = this.getNodeParameter(path[0], undefined);
		for (const key of path.slice(1)) value = (value as Record<string, unknown> | undefined)?.[key];
		if ((value === undefined || value === null || value === '') && required) {
			fail(
				this,
				`${field} is empty`,
				`Set ${field}; if it comes from an expression, check it resolves to text for this item.`,
			);
		}
		checkLength(this, value, field, max);
		return requestOptions;
	};
}

/** A destination link: at most 2048 characters and an absolute http(s) URL. */
export function checkLink(
	context: IExecuteSingleFunctions,
	value: unknown,
	field: string,
): string | undefined {
	const text = checkLength(context, value, field, PIN_LIMITS.link);
	if (text === undefined) return undefined;
	checkUrl(context, text, field);
	return text;
}

/** An absolute http(s) URL (image URLs, links). */
export function checkUrl(context: IExecuteSingleFunctions, value: unknown, field: string): string {
	const text = String(value ?? '').trim();
	if (!text) {
		fail(context, `${field} is empty`, `Set ${field} to a full URL starting with https://.`);
	}
	let valid = false;
	try {
		const url = new URL(text);
		valid = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		valid = false;
	}
	if (!valid) {
		fail(
			context,
			`${field} is not a valid web address`,
			`"${text.slice(0, 120)}" is not an http(s) URL. Use a full address like https://example.com/page.`,
		);
	}
	return text;
}

/** Dominant color as Pinterest shows it: a hex number like #6E7874. */
export function checkColor(context: IExecuteSingleFunctions, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value).trim();
	if (!/^#[0-9a-fA-F]{6}$/.test(text)) {
		fail(
			context,
			'Dominant Color is not a hex color',
			`"${text.slice(0, 40)}" is not a color like #6E7874 (a # followed by six hexadecimal digits).`,
		);
	}
	return text;
}

/**
 * A value from one of Pinterest's fixed lists (currencies, countries, locales, time zones): matched
 * without regard to case and returned as Pinterest spells it; undefined for an unset value.
 */
export function checkChoice(
	context: IExecuteSingleFunctions,
	value: unknown,
	field: string,
	allowed: string[],
	examples: string,
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value).trim();
	const found = allowed.find((choice) => choice.toLowerCase() === text.toLowerCase());
	if (found === undefined) {
		fail(
			context,
			`${field} "${text.slice(0, 40)}" is not a value Pinterest accepts`,
			`Use one of the values Pinterest lists for ${field}, e.g. ${examples}.`,
		);
	}
	return found;
}
