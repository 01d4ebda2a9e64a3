import type { RuleContext } from './rule';
import { findMaskedRegions, lintableText } from './segment';
import { splitSentences } from './sentences';
import { indexWords } from './word-index';
import type { EngineSettings, Mood } from './types';

export interface ContextInput {
  draft: string;
  customerMessages: string[];
  mood: Mood;
  settings: EngineSettings;
  locale: string;
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
    customerMessages: input.customerMessages,
    settings: input.settings,
    locale: input.locale,
  };
}
