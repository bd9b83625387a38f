import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * The action node's description. n8n's nodes panel merges a node and its trigger
 * (`<name>Trigger`) into one entry and shows the trigger's description on it, above the
 * node's actions too (editor-ui `generateMergedNodesAndActions`, 2.8.4 and 2.41.1), so the
 * Pinterest Trigger carries this text as well.
 */
export const PINTEREST_APP_DESCRIPTION =
	'Pins, boards, sections, media, follows, search, trends and analytics, plus ads, reports, catalogs and conversion events, with the Pinterest API v5';

function options(property: INodeProperties): INodePropertyOptions[] {
	return (property.options ?? []).filter((o): o is INodePropertyOptions => 'value' in o);
}

/**
 * A canvas subtitle that reads like the menus: the display names of the chosen values, looked up
 * in a table written into the expression (n8n evaluates `subtitle` with the node's parameters,
 * which hold values, not display names). An unknown key falls back to the raw value.
 */
function lookup(table: Record<string, string>, key: string, fallback: string): string {
	return `={{ (${JSON.stringify(table)})[${key}] || ${fallback} }}`;
}

/** "Create: Pin" for resource pin, operation create; every operation menu of the node. */
export function resourceOperationSubtitle(properties: INodeProperties[]): string {
	const resource = properties.find((p) => p.name === 'resource');
	const resourceNames = Object.fromEntries(
		options(resource as INodeProperties).map((o) => [String(o.value), o.name]),
	);
	const table: Record<string, string> = {};
	for (const menu of properties.filter((p) => p.name === 'operation')) {
		const shownFor = (menu.displayOptions?.show?.resource ?? []) as string[];
		for (const res of shownFor) {
			for (const op of options(menu)) {
				table[`${res}.${String(op.value)}`] = `${op.name}: ${resourceNames[res] ?? res}`;
			}
		}
	}
	return lookup(
		table,
		'$parameter["resource"] + "." + $parameter["operation"]',
		'$parameter["operation"] + ": " + $parameter["resource"]',
	);
}

/** "New Pin" for event newPin. */
export function optionSubtitle(property: INodeProperties): string {
	const table = Object.fromEntries(options(property).map((o) => [String(o.value), o.name]));
	return lookup(table, `$parameter["${property.name}"]`, `$parameter["${property.name}"]`);
}
