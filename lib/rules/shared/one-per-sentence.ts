import type { RuleContext } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import type { Span } from '@/lib/engine/types';

/** Good-practice notes stay few: the first span in each sentence, at most `limit` in all. */
export function onePerSentence(context: RuleContext, spans: Span[], limit: number): Span[] {
  const seen = new Set<number>();
  const kept: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const sentence = sentenceIndexAt(context.sentences, span.start);
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    kept.push(span);
    if (kept.length >= limit) break;
  }
  return kept;
}
