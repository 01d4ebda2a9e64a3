import type { HelpdeskAdapter } from './types';

/**
 * Explicit registry, sorted by id. A conventions test checks that every file in
 * this folder is listed here, has fixtures and is in the README's table.
 */
export const ADAPTERS: readonly HelpdeskAdapter[] = [];
