import type { Certainty, RuleContext } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import type { Span } from '@/lib/engine/types';
import { alternativeNear } from '@/lib/rules/shared/cues';

/**
 * A reason given next to what we will do ("It's a security requirement, so I can't switch it
 * off. What I can do is…") explains a limit; the same reason on its own is an excuse. Good
 * replies written by people who never saw the rules often explain a limit this way, and a
 * nudge there is a wrong nudge (issue 15), so the softened form shows only at high sensitivity.
 */
export function excuseCertainty(context: RuleContext, span: Span, certainty: Certainty): Certainty {
  const index = sentenceIndexAt(context.sentences, span.start);
  return index !== -1 && alternativeNear(context, index, span, { timeCounts: false }) ? 'possible' : certainty;
}
