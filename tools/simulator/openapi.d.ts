// Types of openapi.js (request/response validation against Pinterest's OpenAPI description).

/** An operation by operationId, or by method and (concrete) path, e.g. { method: 'GET', path: '/v5/boards/123' }. */
export type OperationRef = string | { method?: string; path: string };

export interface SpecOperation {
	operationId: string;
	method: string;
	path: string;
}

export interface ResponseValidation {
	valid: boolean;
	errors: string[];
	operationId: string;
	status: number;
	/** The key of `responses` used ('200', 'default', ...), null when the status is not documented. */
	documentedStatus: string | null;
}

export interface RequestToValidate {
	method: string;
	/** May carry the /v5 prefix, a query string or a full URL. */
	path: string;
	query?: Record<string, unknown> | string | URLSearchParams;
	qs?: Record<string, unknown> | string | URLSearchParams;
	body?: unknown;
	allowUnknownQuery?: boolean;
}

export interface RequestValidation {
	valid: boolean;
	errors: string[];
	operationId: string;
}

export declare function specPath(): string;
export declare function downloadedSpecPath(root?: string): string;
export declare function specAvailable(): boolean;
/** Loads (once) and returns the parsed OpenAPI document. */
export declare function loadSpec(): unknown;
export declare function validateResponse(
	ref: OperationRef,
	status: number,
	body: unknown,
): ResponseValidation;
export declare function validateRequest(request: RequestToValidate): RequestValidation;
export declare function findOperation(ref: OperationRef): {
	op: SpecOperation;
	pathParams: Record<string, string>;
};
export declare function listOperations(): SpecOperation[];
export declare function convertSchema(schema: unknown): unknown;
