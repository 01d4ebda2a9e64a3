import type { RuleContext } from './rule';
import { findMaskedRegions, lintableText } from './segment';
import { factsOfSentences } from './sentence-facts';
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
  const sentenceFacts = factsOfSentences(sentences);
  return {
    draft: input.draft,
    lintable,
    sentences,
    sentenceFacts,
    words: indexWords(lintable, sentences, sentenceFacts),
    mood: input.mood,
    customerMessages: input.customerMessages,
    settings: input.settings,
    locale: input.locale,
  };
}
