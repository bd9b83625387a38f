import type { IDataObject } from 'n8n-workflow';

// List searches read one Pinterest page per call (n8n asks again with the bookmark as
// paginationToken). Pinterest has no name filter on these lists, so the filter applies to the
// page read: to the name, and to the ID for users who paste one.
export function matches(object: IDataObject, filter?: string): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return (
		String(object.name ?? '')
			.toLowerCase()
			.includes(needle) || String(object.id ?? '').includes(needle)
	);
}
