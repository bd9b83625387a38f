import type { IBinaryData, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { FileChunks } from './multipart';

/** The image types Pinterest accepts inline (ContentType enum of the API). */
export const IMAGE_CONTENT_TYPES = ['image/jpeg', 'image/png'];

function describeProperties(binaries: Record<string, IBinaryData> | undefined): string {
	const names = Object.keys(binaries ?? {});
	if (names.length === 0) {
		return 'This item has no binary data at all. Add a node that outputs a file before this one (e.g. Read/Write Files from Disk or HTTP Request with Response Format "File").';
	}
	return `This item has these binary properties: ${names.map((n) => `"${n}"`).join(', ')}. Set the property name to one of them.`;
}

/** The binary property of the current item, or a clear error naming it and the ones there are. */
export function getItemBinary(
	context: IExecuteSingleFunctions,
	propertyName: string,
	field: string,
): IBinaryData {
	const itemIndex = context.getItemIndex();
	const name = String(propertyName ?? '').trim();
	const binaries = context.getInputData().binary;
	if (!name) {
		throw new NodeOperationError(context.getNode(), `${field} is empty`, {
			itemIndex,
			description: describeProperties(binaries),
		});
	}
	const binary = binaries?.[name];
	if (!binary) {
		throw new NodeOperationError(
			context.getNode(),
			`Binary property "${name}" (${field}) not found on the input item`,
			{ itemIndex, description: describeProperties(binaries) },
		);
	}
	return binary;
}

function emptyError(context: IExecuteSingleFunctions, name: string) {
	return new NodeOperationError(context.getNode(), `Binary property "${name}" is empty (0 bytes)`, {
		itemIndex: context.getItemIndex(),
		description: 'The file in this property has no content. Check the node that produced it.',
	});
}

/** Normalised MIME type: lower case, no parameters, common JPEG aliases folded. */
export function mimeTypeOf(binary: IBinaryData): string {
	let mime = String(binary.mimeType ?? '')
		.split(';')[0]
		.trim()
		.toLowerCase();
	if (mime === 'image/jpg' || mime === 'image/pjpeg') mime = 'image/jpeg';
	if (!mime || mime === 'application/octet-stream') {
		const extension = String(
			binary.fileExtension ?? binary.fileName?.split('.').pop() ?? '',
		).toLowerCase();
		if (extension === 'jpg' || extension === 'jpeg') return 'image/jpeg';
		if (extension === 'png') return 'image/png';
	}
	return mime;
}

/** An image from a binary property as Pinterest's {content_type, data} (raw base64). */
export async function binaryImage(
	context: IExecuteSingleFunctions,
	propertyName: string,
	field: string,
): Promise<{ content_type: string; data: string }> {
	const name = String(propertyName).trim();
	const binary = getItemBinary(context, name, field);
	const contentType = mimeTypeOf(binary);
	if (!IMAGE_CONTENT_TYPES.includes(contentType)) {
		throw new NodeOperationError(
			context.getNode(),
			`Binary property "${name}" is ${contentType || 'of unknown type'}, not a JPEG or PNG image`,
			{
				itemIndex: context.getItemIndex(),
				description:
					'Pinterest accepts only image/jpeg and image/png for uploaded images. Convert the file first (e.g. with the Edit Image node), give an image URL instead, or fix the MIME type of the binary property.',
			},
		);
	}
	const buffer = await context.helpers.getBinaryDataBuffer(name);
	if (buffer.length === 0) throw emptyError(context, name);
	return { content_type: contentType, data: buffer.toString('base64') };
}

export interface BinaryFile {
	size: number;
	fileName: string;
	mimeType: string;
	/** Opens the file; call it only when the bytes are about to be sent. */
	open: () => Promise<FileChunks>;
}

/**
 * A binary property as a stream. In filesystem/S3 binary mode (the binary has an id) the
 * file is streamed from n8n's storage and never held in memory; in memory mode n8n already
 * holds it as base64, so it is decoded when opened.
 */
export async function binaryFile(
	context: IExecuteSingleFunctions,
	propertyName: string,
	field: string,
): Promise<BinaryFile> {
	const name = String(propertyName).trim();
	const binary = getItemBinary(context, name, field);
	const fileName = binary.fileName || `${name}.${binary.fileExtension || 'bin'}`;
	const mimeType = mimeTypeOf(binary) || 'application/octet-stream';
	const id = binary.id;
	if (id) {
		const metadata = await context.helpers.getBinaryMetadata(id);
		if (!metadata.fileSize) throw emptyError(context, name);
		return {
			size: metadata.fileSize,
			fileName,
			mimeType,
			open: async () => await context.helpers.getBinaryStream(id),
		};
	}
	const size = Buffer.byteLength(String(binary.data ?? ''), 'base64');
	if (size === 0) throw emptyError(context, name);
	return {
		size,
		fileName,
		mimeType,
		open: async () => [await context.helpers.getBinaryDataBuffer(name)],
	};
}
