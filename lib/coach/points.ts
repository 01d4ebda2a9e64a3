import type { ChecklistItemId, Finding, ProblemCategory } from '@/lib/engine/types';
import { parseTrigger } from '@/lib/prompts/triggers';
import type { SelectedPrompt } from '@/lib/prompts/select-prompts';

/**
 * A "point" is one thing the coach may raise on a ticket (issue 14: one card per point). A
 * nudge and a prompt about the same point share a card, and a point that is done retires.
 *
 * - A problem in the draft is a point per concern and sentence: "unfortunately we can't" and
 *   the bare "no" it opens are one refusal, so excuses and "a no without a way forward" are
 *   one concern.
 * - The pre-send items are points a prompt can be about ("feelings", "next-step", …).
 * - `thanks` is the customer's thank-you (done once saved as a win), `thank-back` thanking
 *   them in the reply, `extra` going beyond a reply that is already good, `self-care` the
 *   moment after a hard conversation (the reset card speaks for it).
 */
export type Concern = 'excuse' | 'blame' | 'condescension' | 'commanding' | 'uncertainty' | 'jargon';
export type CheckPoint = ChecklistItemId;
export type MomentPoint = 'thanks' | 'thank-back' | 'extra' | 'self-care';
export type PromptPoint = { concern: Concern } | { check: CheckPoint } | { moment: MomentPoint };

const CONCERN_OF: Record<ProblemCategory, Concern> = {
  excuse: 'excuse',
  'no-alternative': 'excuse',
  blame: 'blame',
  condescension: 'condescension',
  commanding: 'commanding',
  uncertainty: 'uncertainty',
  jargon: 'jargon',
};

export function concernOf(finding: Pick<Finding, 'category'>): Concern | undefined {
  return CONCERN_OF[finding.category as ProblemCategory];
}

/** Which relationship hurts most comes first (blame and talking down), jargon last. */
export const CONCERN_PRIORITY: readonly Concern[] = [
  'blame',
  'condescension',
  'excuse',
  'commanding',
  'uncertainty',
  'jargon',
];

/** What a customer signal asks of the reply: upset → their feelings, hurry or confusion → a clear next step. */
const SIGNAL_POINT: Record<string, PromptPoint> = {
  upset: { check: 'feelings' },
  frustration: { check: 'feelings' },
  sadness: { check: 'feelings' },
  urgency: { check: 'next-step' },
  confusion: { check: 'next-step' },
  gratitude: { moment: 'thank-back' },
};

/**
 * The point a prompt is about, read from the triggers that made it appear: a problem in the
 * draft first (the prompt joins that card), then a pre-send item, then the customer's mood,
 * then good practice already present, then moments.
 */
export function pointOfPrompt(
  selected: Pick<SelectedPrompt, 'matched'>,
  ruleCategory: (ruleId: string) => string | undefined,
): PromptPoint {
  const parsed = selected.matched.map((trigger) => parseTrigger(trigger)).filter((trigger) => trigger !== null);
  for (const { kind, value } of parsed) {
    const category = kind === 'rule' ? ruleCategory(value) : kind === 'category' ? value : undefined;
    const concern = category ? CONCERN_OF[category as ProblemCategory] : undefined;
    if (concern) return { concern };
  }
  const check = parsed.find((trigger) => trigger.kind === 'checklist');
  if (check) return { check: check.value as CheckPoint };
  for (const { kind, value } of parsed) if (kind === 'signal' && SIGNAL_POINT[value]) return SIGNAL_POINT[value];
  if (parsed.some((trigger) => trigger.kind === 'category' || trigger.kind === 'rule')) return { moment: 'extra' };
  const event = parsed.find((trigger) => trigger.kind === 'event');
  return { moment: event?.value === 'customer-thanks' ? 'thanks' : 'self-care' };
}

/** A point's key, stable while the agent types (offsets move, words and concern do not). */
export function pointKey(point: PromptPoint): string {
  if ('concern' in point) return `concern:${point.concern}`;
  if ('check' in point) return `check:${point.check}`;
  return `moment:${point.moment}`;
}
