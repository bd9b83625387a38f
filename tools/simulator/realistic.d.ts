/** True when SIM_REAL_SHAPES_OFF=1 (test/contract/realShapes.test.ts then runs on the default simulator). */
export declare function realShapesOff(): boolean;
/** `2026-07-09T10:43:44.123Z` → `2026-07-09T10:43:44`. */
export declare function apiTime(iso: string): string;
/** `2026-07-09T10:43:44.123Z` → `2026-07-09T10:43:44.123000`. */
export declare function apiTimeMicros(iso: string): string;
export declare const BOARD_ORDERS: string[];
export declare const TRAILING_BOOKMARK_OPS: string[];
