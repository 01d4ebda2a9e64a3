import type { CoachView } from '@/lib/coach/view';

/** The moods that make a customer "upset"; the rail's mark takes the colour the panel gives each. */
export type UpsetMood = 'frustration' | 'sadness';

/** What the closed rail shows of the panel: how many cards wait, whether the reply is ready, whether the customer is upset or thanked. */
export interface RailSummary {
  /** The cards the panel would show now, not the ones the budget holds back. */
  points: number;
  ready: boolean;
  /** Only from a message that was read: no message is never a mood. */
  upset: boolean;
  /** Which upset mood is stronger, so the rail's mark and its name agree with the panel. */
  upsetBy: UpsetMood | null;
  /** The panel offers the customer's thank-you as a win and it is not saved yet. */
  winToSave: boolean;
}

function strongerUpset({ signals }: CoachView['mood']): UpsetMood {
  return signals.sadness.level !== 'none' &&
    (signals.frustration.level === 'none' || signals.sadness.score > signals.frustration.score)
    ? 'sadness'
    : 'frustration';
}

/**
 * The closed rail's few words, taken from the same view the panel renders, so the two never
 * disagree. Quiet mode keeps the rail as quiet as the panel: no count, no mood, no win waiting.
 */
export function railSummary(view: CoachView): RailSummary {
  const quiet = view.quiet.on;
  const upset = !quiet && view.reading.messages === 'read' && view.mood.upset;
  return {
    points: quiet ? 0 : view.cards.length,
    ready: view.status === 'ready',
    upset,
    upsetBy: upset ? strongerUpset(view.mood) : null,
    // Once saved there is nothing left to do, and the sign goes; quiet mode draws no eye to it.
    winToSave: !quiet && view.thanks !== null && !view.thanks.saved,
  };
}
