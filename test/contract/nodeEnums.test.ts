/**
 * The choices the node offers are Pinterest's: every option list below equals the enum of the
 * parameter or field it is sent as, read from Pinterest's official OpenAPI file (skipped without it).
 */
import type { INodeProperties } from 'n8n-workflow';

import { Pinterest } from '../../nodes/Pinterest/Pinterest.node';
import { MAX_PRODUCT_CATEGORIES } from '../../nodes/Pinterest/hooks/trends';
import { warn } from '../helpers/system';
import * as openapi from '../../tools/simulator/openapi';
import { openapiSkipNote } from '../helpers/openapiNote';

interface Schema {
	enum?: string[];
	items?: Schema;
	maximum?: number;
	$ref?: string;
}
interface Spec {
	components: { schemas: Record<string, Schema>; parameters: Record<string, { schema: Schema }> };
}

const available = openapi.specAvailable();
if (!available) warn(openapiSkipNote("the node's option lists"));

const properties = new Pinterest().description.properties;

/** The values of a field (top level or inside a collection) of one resource and operation. */
function values(resource: string, operation: string, name: string, version = 1.1): string[] {
	const shown = (p: INodeProperties) => {
		const show = p.displayOptions?.show ?? {};
		const versions = show['@version'] as unknown[] | undefined;
		const versionOk =
			!versions ||
			versions.some((v) =>
				typeof v === 'number'
					? v === version
					: version >= (v as { _cnd: { gte: number } })._cnd.gte,
			);
		return (
			versionOk &&
			(show.resource as string[] | undefined)?.includes(resource) &&
			(show.operation as string[] | undefined)?.includes(operation)
		);
	};
	const top = properties.filter(shown);
	const nested = top.flatMap((p) =>
		p.type === 'collection' ? (p.options as INodeProperties[]) : [],
	);
	const field = [...top, ...nested].find((p) => p.name === name);
	if (!field) throw new Error(`no field ${name} on ${resource} → ${operation}`);
	return (field.options as Array<{ value: string }>).map((o) => o.value).sort();
}

(available ? describe : describe.skip)("the node's option lists are the spec's enums", () => {
	let spec: Spec;
	beforeAll(() => {
		spec = openapi.loadSpec() as Spec;
	});
	const schema = (name: string) => spec.components.schemas[name];
	const sorted = (list: string[] | undefined) => [...(list ?? [])].sort();

	it('Report → Create → Columns (1.1) is ReportingColumnAsync', () => {
		expect(values('report', 'create', 'columns')).toEqual(
			sorted(schema('ReportingColumnAsync').enum),
		);
	});

	it('Trend → Get Trending Keywords: region, trend type, interests, genders, ages and the limit', () => {
		const op = 'getTrendingKeywords';
		expect(values('trend', op, 'region')).toEqual(sorted(schema('TrendsSupportedRegion').enum));
		expect(values('trend', op, 'trendType')).toEqual(sorted(schema('TrendType').enum));
		expect(values('trend', op, 'interests')).toEqual(sorted(schema('L1InterestList').items?.enum));
		expect(values('trend', op, 'genders')).toEqual(sorted(schema('GenderList').items?.enum));
		expect(values('trend', op, 'ages')).toEqual(sorted(schema('AgeBucketList').items?.enum));
		const limit = properties.find(
			(p) => p.name === 'limit' && p.displayOptions?.show?.operation?.includes(op),
		);
		expect(limit?.typeOptions?.maxValue).toBe(
			spec.components.parameters.query_trending_keyword_limit.schema.maximum,
		);
	});

	it('Trend → Get Featured Topics: region and interest', () => {
		const op = 'getFeaturedTopics';
		expect(values('trend', op, 'topicRegion')).toEqual(
			sorted(schema('ProductCategoryRegion').enum),
		);
		expect(values('trend', op, 'interest')).toEqual(sorted(schema('InterestsEnum').enum));
	});

	it('Trend → Get Trending Product Categories: region, verticals, ages, genders and engagement type', () => {
		const op = 'getTrendingProductCategories';
		expect(values('trend', op, 'categoryRegion')).toEqual(
			sorted(schema('ProductCategoryRegion').enum),
		);
		expect(values('trend', op, 'verticals')).toEqual(
			sorted(schema('VerticalProductCategory').enum),
		);
		expect(values('trend', op, 'ages')).toEqual(sorted(schema('AgeTrendsBucket').enum));
		expect(values('trend', op, 'genders')).toEqual(sorted(schema('GenderBucket').enum));
		expect(values('trend', op, 'engagementType')).toEqual(
			sorted(schema('ProductCategoriesEngagementType').enum),
		);
	});

	it('Trend → Get Product Category Details: categories (and their bounds), region, lookback window, engagement type', () => {
		const op = 'getProductCategoryDetails';
		expect(values('trend', op, 'productCategories')).toEqual(
			sorted(schema('ProductCategoryEnum').enum),
		);
		const ids = spec.components.parameters.ProductCategoryIds.schema as Schema & {
			maxItems?: number;
		};
		expect(MAX_PRODUCT_CATEGORIES).toBe(ids.maxItems);
		expect(values('trend', op, 'categoryRegion')).toEqual(
			sorted(schema('ProductCategoryRegion').enum),
		);
		expect(values('trend', op, 'lookbackWindow').map(Number).sort()).toEqual(
			(schema('ProductCategoryDetailLookbackWindow').enum as unknown as number[]).sort(),
		);
		expect(values('trend', op, 'engagementType')).toEqual(
			sorted(schema('ProductCategoriesEngagementType').enum),
		);
	});

	it('Keyword → Get Suggested Terms: the limit bounds and default are query_term_limit', () => {
		const limit = properties.find(
			(p) =>
				p.name === 'termLimit' && p.displayOptions?.show?.operation?.includes('getSuggestedTerms'),
		);
		const bounds = spec.components.parameters.query_term_limit.schema as Schema & {
			minimum?: number;
			default?: number;
		};
		expect([limit?.typeOptions?.minValue, limit?.typeOptions?.maxValue, limit?.default]).toEqual([
			bounds.minimum,
			bounds.maximum,
			bounds.default,
		]);
	});
});
