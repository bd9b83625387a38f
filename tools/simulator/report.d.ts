// Types of report.js.
/** Prints an informational message (console.log). */
export declare function report(message: string): void;
/** Prints a warning (console.warn). */
export declare function warn(message: string): void;
