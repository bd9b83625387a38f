/**
 * One header of an answer, whatever the case of its name (n8n hands them on as the server sent
 * them): a text, the first of a repeated header, or undefined when it is absent or empty.
 */
export function headerValue(headers: unknown, name: string): string | undefined {
	if (!headers || typeof headers !== 'object') return undefined;
	const wanted = name.toLowerCase();
	const key = Object.keys(headers).find((k) => k.toLowerCase() === wanted);
	let value = key === undefined ? undefined : (headers as Record<string, unknown>)[key];
	if (Array.isArray(value)) value = value[0];
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value);
	return text === '' ? undefined : text;
}
