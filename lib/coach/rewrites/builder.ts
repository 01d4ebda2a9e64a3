import type { Span } from '@/lib/engine/types';

/** One flagged sentence: its text as the agent wrote it, and where the flagged words are in it. */
export interface RewriteRequest {
  sentence: string;
  span: Span;
}

/**
 * Builds up to two rewrites of the sentence (the smallest change first) in which the flagged
 * words no longer do harm. Empty when the sentence does not have a shape it knows.
 */
export type RewriteBuilder = (request: RewriteRequest) => string[];
