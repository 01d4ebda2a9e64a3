import type { Certainty, RuleContext, Scope } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import type { Span } from '@/lib/engine/types';
import { alternativeNear, weActAfter } from '@/lib/rules/shared/cues';

/**
 * A reason given next to what we will do ("It's a security requirement, so I can't switch it
 * off. What I can do is…") explains a limit; the same reason on its own is an excuse. Good
 * replies written by people who never saw the rules often explain a limit this way, and a
 * nudge there is a wrong nudge (issue 15), so the softened form shows only at high sensitivity.
 * What we then do, anywhere further on ("…not us, but I've called their site team"), counts too.
 */
export function excuseCertainty(context: RuleContext, span: Span, certainty: Certainty): Certainty {
  const index = sentenceIndexAt(context.sentences, span.start);
  if (index === -1) return certainty;
  return alternativeNear(context, index, span, { timeCounts: false }) || weActAfter(context, span)
    ? 'possible'
    : certainty;
}

/**
 * An excuse with nothing done after it yet waits for the whole reply: what we do about it is
 * usually the next sentence ("…not us. I've chased them today"), and weActAfter can only see it
 * once written, so judging the sentence alone nags agents who are still typing the fix.
 */
export function excuseScope(context: RuleContext, span: Span): Scope {
  return weActAfter(context, span) ? 'sentence' : 'reply';
}
