// Types of openapiSkips.js.
export interface OpenapiSkip {
	suite: string;
	what: string;
	specPath: string;
}
export declare function setup(): void;
export declare function teardown(): void;
/** The run's closing note naming every skipped suite and `npm run fetch:openapi`, or '' for none. */
export declare function note(records: OpenapiSkip[]): string;
