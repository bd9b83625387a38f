import { createDecipheriv, createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * One lead of a Pinterest lead ads delivery, decrypted.
 *
 * Pinterest documents that a delivery is a JSON array of leads (advertiser_id, lead_form_id,
 * ad_id, campaign_id, ... and lead_id, "usable for de-duplication"), that lead data is encrypted
 * with AES-256-GCM under the subscription's base64 `cryptographic_key`, and that 429 and 5xx
 * answers are retried. It does not spell out the names of the encrypted fields. We read the
 * ciphertext from `base64_encrypted_data` (or `encrypted_data`), the 12-byte nonce from
 * `base64_iv` (or `iv` / `nonce`) and the 16-byte tag from `base64_tag` (or `tag`); without a
 * tag field, the last 16 bytes of the ciphertext are the tag (the common GCM layout).
 */
export interface DecryptedLead {
	/** lead_id, or a digest of the ciphertext when a lead has none: the de-duplication key. */
	key: string;
	/** The delivery's plain fields (IDs, times), without the encrypted ones. */
	meta: IDataObject;
	/** The decrypted lead data (JSON). */
	data: unknown;
}

export interface UndecryptableLead {
	key: string;
	/** Why, without any content: safe to log. */
	reason: string;
}

const CIPHERTEXT_FIELDS = ['base64_encrypted_data', 'encrypted_data'];
const IV_FIELDS = ['base64_iv', 'iv', 'nonce'];
const TAG_FIELDS = ['base64_tag', 'tag'];
const TAG_LENGTH = 16;
const ENCRYPTED_FIELDS = [...CIPHERTEXT_FIELDS, ...IV_FIELDS, ...TAG_FIELDS];

function firstText(lead: IDataObject, fields: string[]): string | undefined {
	for (const field of fields) {
		const value = lead[field];
		if (typeof value === 'string' && value !== '') return value;
	}
	return undefined;
}

/** The leads of a delivery body: an array of leads, one lead, or { items | leads: [...] }. */
export function leadsOf(body: unknown): IDataObject[] | undefined {
	if (Array.isArray(body)) return body.filter((x) => x && typeof x === 'object') as IDataObject[];
	if (body && typeof body === 'object') {
		const object = body as IDataObject;
		for (const field of ['items', 'leads', 'data']) {
			if (Array.isArray(object[field])) return leadsOf(object[field]);
		}
		if (firstText(object, CIPHERTEXT_FIELDS)) return [object];
	}
	return undefined;
}

/** The key a lead is remembered by: its lead_id, else a digest of its ciphertext. */
export function leadKeyOf(lead: IDataObject): string {
	const id = lead.lead_id ?? lead.id;
	if (typeof id === 'string' || typeof id === 'number') return String(id);
	const ciphertext = firstText(lead, CIPHERTEXT_FIELDS) ?? JSON.stringify(lead);
	return `sha256:${createHash('sha256').update(ciphertext).digest('hex').slice(0, 32)}`;
}

/** Decrypts one lead with the subscription's base64 key; an undecryptable lead says why. */
export function decryptLead(
	lead: IDataObject,
	base64Key: string | undefined,
): DecryptedLead | UndecryptableLead {
	const key = leadKeyOf(lead);
	if (!base64Key) return { key, reason: 'no encryption key is stored for this trigger' };
	const secret = Buffer.from(base64Key, 'base64');
	if (secret.length !== 32) return { key, reason: 'the stored key is not a 256-bit key' };
	const ciphertextText = firstText(lead, CIPHERTEXT_FIELDS);
	const ivText = firstText(lead, IV_FIELDS);
	if (!ciphertextText || !ivText) return { key, reason: 'the lead has no ciphertext or nonce' };
	let ciphertext = Buffer.from(ciphertextText, 'base64');
	const tagText = firstText(lead, TAG_FIELDS);
	let tag: Buffer;
	if (tagText) tag = Buffer.from(tagText, 'base64');
	else {
		if (ciphertext.length <= TAG_LENGTH) return { key, reason: 'the ciphertext is too short' };
		tag = ciphertext.subarray(ciphertext.length - TAG_LENGTH);
		ciphertext = ciphertext.subarray(0, ciphertext.length - TAG_LENGTH);
	}
	const iv = Buffer.from(ivText, 'base64');
	if (iv.length < 12 || tag.length !== TAG_LENGTH) {
		return { key, reason: 'the nonce or the authentication tag has the wrong length' };
	}
	let plaintext: string;
	try {
		const decipher = createDecipheriv('aes-256-gcm', secret, iv);
		decipher.setAuthTag(tag);
		plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
	} catch {
		return { key, reason: 'AES-256-GCM authentication failed (another key, or altered data)' };
	}
	let data: unknown;
	try {
		data = JSON.parse(plaintext);
	} catch {
		data = plaintext;
	}
	const meta: IDataObject = {};
	for (const [field, value] of Object.entries(lead)) {
		if (!ENCRYPTED_FIELDS.includes(field)) meta[field] = value;
	}
	return { key, meta, data };
}

export function isDecrypted(lead: DecryptedLead | UndecryptableLead): lead is DecryptedLead {
	return 'data' in lead;
}
