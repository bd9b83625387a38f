import type { IDataObject } from 'n8n-workflow';

/**
 * Pin → Create from an image URL with the access-token credential, on a board given by ID: the
 * starting point of many tests of creates; `extra` adds or replaces parameters.
 */
export function imagePinCreate(board: string, extra: IDataObject = {}): IDataObject {
	return {
		authentication: 'accessToken',
		resource: 'pin',
		operation: 'create',
		board: { __rl: true, mode: 'id', value: board },
		mediaSource: 'imageUrl',
		imageUrl: 'https://images.example.com/tart.jpg',
		title: 'Lemon tart',
		...extra,
	};
}

/** Pin → Save of pin `pin` to board `board`, with the access-token credential: a plain POST. */
export function pinSave(pin: string, board: string, extra: IDataObject = {}): IDataObject {
	return {
		authentication: 'accessToken',
		resource: 'pin',
		operation: 'save',
		pin: { __rl: true, mode: 'id', value: pin },
		board: { __rl: true, mode: 'id', value: board },
		...extra,
	};
}
