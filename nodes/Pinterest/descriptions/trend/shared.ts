import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** Options sorted by name, as n8n lists them. */
export function byName(options: INodePropertyOptions[]): INodePropertyOptions[] {
	return [...options].sort((a, b) => a.name.localeCompare(b.name));
}

/** "Great Britain & Ireland (GB+IE)": the area with the code Pinterest uses. */
export function regionOptions(regions: Array<[string, string]>): INodePropertyOptions[] {
	return byName(regions.map(([value, name]) => ({ name: `${name} (${value})`, value })));
}

/** "DIY_AND_CRAFTS" → "DIY and Crafts", "HOME_DECOR" → "Home Decor". */
export function enumName(value: string): string {
	return value
		.split('_')
		.map((word, index) => {
			if (word === 'DIY') return word;
			const lower = word.toLowerCase();
			if (index > 0 && lower === 'and') return lower;
			return lower.charAt(0).toUpperCase() + lower.slice(1);
		})
		.join(' ');
}

/** engagement_type of the product category operations: Pinterest's default is Engagement. */
export function engagementTypeOption(types: Array<[string, string, string]>): INodeProperties {
	return {
		displayName: 'Engagement Type',
		name: 'engagementType',
		type: 'options',
		default: 'ENGAGEMENT',
		description: 'Which engagement Pinterest measures',
		options: byName(types.map(([value, name, description]) => ({ name, value, description }))),
	};
}
