import { analyze } from '@/lib/analysis';
import type { EngineSettings } from '@/lib/engine/types';

/**
 * A made-up reply that touches most of the rules' anchor words (a no, a policy, a cause put
 * elsewhere, a hedge, an order, talking down, an acronym, a time, a sign-off), with straight and
 * curly quotes, since V8 compiles a pattern once per string width.
 */
const SAMPLE_CUSTOMER = 'I have asked twice now and my order still has not arrived. Can you help me today?';
const SAMPLE_REPLY = [
  'Hi Sam,',
  'Thanks for your patience, and I’m sorry it has taken this long. As I already explained, we can’t refund it because it is our policy, unfortunately.',
  "The courier says it's not our fault and maybe it will arrive soon, I think. You must send the RMA form now.",
  'I have refunded the first charge and I will call you by 3 pm tomorrow with an update.',
  'Best,\nAlex',
].join('\n\n');

/**
 * Runs one throwaway analysis so the first keystroke in a reply does not pay for compiling the
 * patterns: in a fresh page the first analysis of a real draft costs hundreds of milliseconds
 * of compiling (tests/bench/first-analysis.ts), the next one a few. Its result is dropped.
 */
export function warmUpEngine(settings: EngineSettings): void {
  analyze({ customerMessages: [SAMPLE_CUSTOMER], draft: SAMPLE_REPLY, locale: 'en', settings });
}
