/** Private per-day, per-rule nudge counters; never exported with wins, never sent anywhere. */
export interface NudgeStatRow {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  ruleId: string;
  seen: number;
  acted: number;
  muted: number;
  helpful: number;
  notHelpful: number;
}

export const NUDGE_EVENTS = ['seen', 'acted', 'muted', 'helpful', 'notHelpful'] as const;
export type NudgeEvent = (typeof NUDGE_EVENTS)[number];
