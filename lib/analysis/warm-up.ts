import { analyze } from '@/lib/analysis';
import type { EngineSettings } from '@/lib/engine/types';

/**
 * Made-up replies that between them touch most of the rules' anchor words (a no, a policy, a
 * cause put elsewhere, a hedge, an order, talking down, an acronym, a time, a sign-off), with
 * straight and curly quotes, since V8 compiles a pattern once per string width. Each is a step
 * of its own, so the warm-up can be spread over several idle moments instead of one long task.
 */
const SAMPLE_CUSTOMER = 'I have asked twice now and my order still has not arrived. Can you help me today?';
const SAMPLE_REPLIES = [
  'Hi Sam,\n\nThanks for your patience, and I’m sorry it has taken this long.',
  'As I already explained, we can’t refund it because it is our policy, unfortunately.',
  "The courier says it's not our fault and maybe it will arrive soon, I think.",
  'You must send the RMA form now.',
  'I have refunded the first charge and I will call you by 3 pm tomorrow with an update.\n\nBest,\nAlex',
];

/**
 * The warm-up as separate steps: each runs one throwaway analysis and drops its result. In a
 * fresh page the first analysis of a real draft costs hundreds of milliseconds of compiling
 * (tests/bench/first-analysis.ts), the next one a few; done ahead, the agent's first
 * keystrokes do not pay for it.
 */
export function warmUpSteps(settings: EngineSettings): Array<() => void> {
  return SAMPLE_REPLIES.map((draft) => () => {
    analyze({ customerMessages: [SAMPLE_CUSTOMER], draft, locale: 'en', settings });
  });
}

/** All the steps at once (the bench and the tests). */
export function warmUpEngine(settings: EngineSettings): void {
  for (const step of warmUpSteps(settings)) step();
}
