// Types of localServer.js.
export interface Route {
	status?: number;
	headers?: Record<string, string>;
	body?: Uint8Array | string;
}
export interface LocalServer {
	base: string;
	requests: string[];
	url(path: string): string;
	close(): Promise<void>;
}
export declare function startServer(routes: Record<string, Route>): Promise<LocalServer>;
export interface ScriptResult {
	code: number | null;
	signal: string | null;
	stdout: string;
	stderr: string;
}
export declare function runScript(
	script: string,
	env?: Record<string, string | undefined>,
	timeoutMs?: number,
): Promise<ScriptResult>;
