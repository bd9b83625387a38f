// Types of loadInN8n.js.
import type { IDataObject } from 'n8n-workflow';

export interface LoadedNode {
	version: number | number[];
	builderHint: IDataObject | null;
	operations: number;
}
export interface LoadedTool {
	displayName: string;
	outputs: unknown;
	usableAsTool: unknown;
	builderHint: IDataObject | null;
	description: string;
	toolDescriptionDefault: string | null;
}
export interface LoadResult {
	skipped?: string;
	error?: string;
	coreVersion?: string;
	nodes?: Record<string, LoadedNode>;
	/** The tool variants n8n makes (pinterestTool), by name. */
	tools?: Record<string, LoadedTool>;
}
export declare function loadInInstalledN8n(profile: '2.8' | '2.41'): LoadResult;
