import type { RuleContext } from '@/lib/engine/rule';
import { findMaskedRegions, lintableText } from '@/lib/engine/segment';
import { factsOfSentences } from '@/lib/engine/sentence-facts';
import { splitSentences } from '@/lib/engine/sentences';
import { indexWords } from '@/lib/engine/word-index';
import type { EngineSettings, Mood } from '@/lib/engine/types';

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
