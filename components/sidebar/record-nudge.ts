import type { NudgeEvent } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/client';

/** Counts go to the agent's private stats in the journal; a lost count is not worth an error. */
export function recordNudge(ruleId: string, event: NudgeEvent): void {
  void sendToBackground('sidebar→background:nudge-event', { ruleId, event }).catch(() => undefined);
}
