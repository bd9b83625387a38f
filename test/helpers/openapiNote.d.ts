// Types of openapiNote.js.
/** The skip note of the running suite when its OpenAPI contract checks cannot run: names the suite's file, `what` it checks, and `npm run fetch:openapi`. */
export declare function openapiSkipNote(what: string): string;
