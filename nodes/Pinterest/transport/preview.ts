import { headerValue } from './headers';
import { redactText } from './redact';

// Errors about an answer that is not what Pinterest promises say what came back: its content
// type and its first characters. One helper for all of them (single answers, list pages, the
// trigger's pages), so every preview is cut the same way and has its secrets taken out.

const PREVIEW_CHARS = 120;

/** The content type of an answer, or "no content type". */
export function contentTypeOf(headers: unknown): string {
	return headerValue(headers, 'content-type') ?? 'no content type';
}

/** The first characters of an answer on one line, secrets taken out; "(empty)" for none. */
export function previewOf(body: unknown, secrets: string[] = []): string {
	let text: string;
	if (typeof body === 'string') text = body;
	else if (body === undefined || body === null) text = '';
	else {
		try {
			text = JSON.stringify(body) ?? '';
		} catch {
			text = String(body);
		}
	}
	const line = redactText(text.replace(/\s+/g, ' ').trim(), secrets);
	if (line === '') return '(empty)';
	return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS)}…` : line;
}
