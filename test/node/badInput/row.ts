/**
 * One row of the bad-input catalogue (test/node/badInput.test.ts runs every row): the types and
 * the resource-locator helpers the row modules share.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

export interface Ids {
	board: string;
	section: string;
	pin: string;
	media: string;
	/** The simulator's origin: it also plays a video host at /__video/<bytes>.mp4. */
	origin: string;
	/** A catalog feed and a product group of it (the simulator's ads extension). */
	feed: string;
	productGroup: string;
	/** An ad account (Conversion → Send Events) with a lead form and a lead subscription of it (lead ads routes). */
	adAccount: string;
	leadForm: string;
	leadSubscription: string;
}

export const id = (value: string) => ({ __rl: true, mode: 'id', value });
export const fromItem = { __rl: true, mode: 'id', value: '={{ $json.v }}' };

export interface Row {
	name: string;
	/** Node parameters; `={{ $json.v }}` takes the item's value. */
	params: (ids: Ids) => IDataObject;
	good: (ids: Ids) => unknown;
	bad: unknown;
	/** What the error message must say (it names the field). */
	error: RegExp;
	/** Binary data for every item (binary cases). */
	binary?: (value: unknown) => INodeExecutionData['binary'];
	/** The request the good items make: [method, path prefix]. */
	request: [string, string | ((ids: Ids) => string)];
	/** How many such requests the two good items make together (2 unless a URL is looked up). */
	count?: number;
}
