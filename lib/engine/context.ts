import type { RuleContext } from './rule';
import { findMaskedRegions, lintableText } from './segment';
import { indexWords, splitSentences } from './sentences';
import type { EngineSettings, Mood } from './types';

export interface ContextInput {
  draft: string;
  customerMessages: string[];
  mood: Mood;
  settings: EngineSettings;
  locale: string;
}

function asWords(messages: string[]): string {
  return ` ${messages
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

export function buildContext(input: ContextInput): RuleContext {
  const lintable = lintableText(input.draft, findMaskedRegions(input.draft));
  const sentences = splitSentences(lintable);
  return {
    draft: input.draft,
    lintable,
    sentences,
    words: indexWords(lintable, sentences),
    mood: input.mood,
    customerText: asWords(input.customerMessages),
    settings: input.settings,
    locale: input.locale,
  };
}
