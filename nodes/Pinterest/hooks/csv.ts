import type { IDataObject } from 'n8n-workflow';

// Report files: CSV with a header line, or JSON; parsed into one row object per line.

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) → rows of text cells. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	for (; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i++;
				} else quoted = false;
			} else cell += ch;
			continue;
		}
		if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += ch;
	}
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/**
 * A CSV cell as a number when that loses nothing: "12.5" → 12.5, but IDs (columns ending in
 * ID, long digit strings) and "007" stay text so they keep every digit.
 */
function csvValue(column: string, value: string): string | number {
	if (/(^|_)IDS?$/i.test(column) || value === '') return value;
	if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value)) return value;
	const number = Number(value);
	if (!Number.isFinite(number) || String(number) !== value) return value;
	if (Number.isInteger(number) && !Number.isSafeInteger(number)) return value;
	return number;
}

/** The rows of a report file: CSV with a header line, or JSON (an array, or arrays by key). */
export function reportRows(text: string, format: string): IDataObject[] {
	const trimmed = text.trim();
	if (trimmed === '') return [];
	const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
	if (format === 'JSON' || (format !== 'CSV' && looksJson)) {
		const data = JSON.parse(trimmed) as unknown;
		if (Array.isArray(data)) return data as IDataObject[];
		const rows: IDataObject[] = [];
		// JSON reports are keyed by entity ID (or by date with primary_sort BY_DATE); the rows
		// carry their own ID and DATE columns.
		for (const value of Object.values((data ?? {}) as IDataObject)) {
			if (Array.isArray(value)) rows.push(...(value as IDataObject[]));
			else if (value && typeof value === 'object') rows.push(value as IDataObject);
		}
		return rows;
	}
	const [header, ...lines] = parseCsv(text);
	if (!header) return [];
	return lines.map((cells) => {
		const row: IDataObject = {};
		header.forEach((column, index) => {
			row[column] = csvValue(column, cells[index] ?? '');
		});
		return row;
	});
}
