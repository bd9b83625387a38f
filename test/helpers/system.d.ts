// Types of system.js: the Node built-ins and process globals the .ts tests use.
export declare const childProcess: typeof import('child_process');
export declare const env: NodeJS.ProcessEnv;
export declare const fs: typeof import('fs');
export declare const http: typeof import('http');
export declare const os: typeof import('os');
export declare const path: typeof import('path');
export declare const repoRoot: string;
export declare function makeTempDir(prefix: string): string;
export declare function removeDir(dir: string): void;
export declare function readableFrom(
	chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
): import('stream').Readable;
export interface RssSample {
	baseline: number;
	peak: number;
	growth: number;
}
export declare function startRssSampler(everyMs?: number): { stop(): RssSample };
export declare function spawnNode(
	script: string,
	args?: string[],
	options?: import('child_process').SpawnOptions,
): import('child_process').ChildProcess;
export declare function delay(ms: number): Promise<void>;
export declare function log(...args: unknown[]): void;
export declare function warn(...args: unknown[]): void;
