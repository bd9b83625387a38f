/**
 * The operations Pinterest's OpenAPI file marks `deprecated: true` are the ones the node marks
 * "(Deprecated)", and only those: each operation's request (method and path) is looked up in the
 * file. Skipped without the OpenAPI file.
 */
import type { INodePropertyOptions, INodePropertyRouting } from 'n8n-workflow';

import { Pinterest } from '../../nodes/Pinterest/Pinterest.node';
import { warn } from '../helpers/system';
import * as openapi from '../../tools/simulator/openapi';
import { openapiSkipNote } from '../helpers/openapiNote';

type SpecPaths = Record<string, Record<string, { operationId?: string; deprecated?: boolean }>>;

const available = openapi.specAvailable();
if (!available) warn(openapiSkipNote('operations marked deprecated'));

(available ? describe : describe.skip)('deprecated operations follow the OpenAPI file', () => {
	it('an operation is marked (Deprecated) exactly when the request it sends is deprecated', () => {
		const paths = (openapi.loadSpec() as { paths: SpecPaths }).paths;
		const specOperations = Object.entries(paths).flatMap(([path, methods]) =>
			Object.entries(methods).map(([method, operation]) => ({
				method: method.toUpperCase(),
				pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
				operationId: operation.operationId,
				deprecated: operation.deprecated === true,
			})),
		);
		const rows = new Pinterest().description.properties
			.filter((p) => p.name === 'operation')
			.flatMap((p) =>
				(p.options as INodePropertyOptions[]).map((option) => {
					const request = (option.routing as INodePropertyRouting | undefined)?.request;
					const url = String(request?.url ?? '').replace(/\{[^}]+\}/g, 'x');
					const found = specOperations.find(
						(o) => o.method === request?.method && o.pattern.test(url),
					);
					return {
						operation: `${String(p.displayOptions?.show?.resource)}.${String(option.value)}`,
						operationId: found?.operationId,
						specDeprecated: found?.deprecated ?? false,
						markedDeprecated: / \(Deprecated\)$/.test(option.name),
					};
				}),
			);
		const mismatched = rows.filter((row) => row.specDeprecated !== row.markedDeprecated);
		expect(mismatched).toEqual([]);
		expect(rows.filter((row) => row.markedDeprecated).map((row) => row.operationId)).toEqual([
			'user_account/followed_interests',
		]);
	});
});
