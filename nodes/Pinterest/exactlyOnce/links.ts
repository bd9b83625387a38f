// Two links that lead to the same page, written differently, count as the same link: the
// scheme (http or https), the host's case, a leading "www.", a trailing slash, a fragment and
// the order of query parameters do not matter. Tracking parameters (utm_* and the click IDs
// ad platforms add) are dropped when asked, since a re-run often carries other campaign tags.
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|epik)$/i;

export function normalizeLink(link: unknown, ignoreTracking = false): string | undefined {
	const text = typeof link === 'string' ? link.trim() : '';
	if (!text) return undefined;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return text.toLowerCase();
	}
	const host = url.host.toLowerCase().replace(/^www\./, '');
	const path = url.pathname.replace(/\/+$/, '');
	const params = [...url.searchParams.entries()]
		.filter(([name]) => !(ignoreTracking && TRACKING.test(name)))
		.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
	const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
	return `${host}${path}${query}`;
}
