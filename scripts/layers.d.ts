/** Types for scripts/layers.js (plain JavaScript so eslint.config.js can load it without a compiler). */
export declare const LAYERS: Record<string, string[]>;
export declare function layerOf(path: string): string | null;
export declare function forbiddenFor(layer: string): string[];
