/**
 * What happened to the nudges between two budget decisions on one ticket, for
 * the agent's private stats: new ones were seen; ones that left without being
 * set aside were acted on (the agent rewrote the words).
 */
export function nudgeOutcomes(
  previousVisible: readonly string[],
  nowVisible: readonly string[],
  setAside: readonly string[],
  introducedBefore: Readonly<Record<string, number>>,
): { seen: string[]; acted: string[] } {
  return {
    seen: nowVisible.filter((key) => introducedBefore[key] === undefined),
    acted: previousVisible.filter((key) => !nowVisible.includes(key) && !setAside.includes(key)),
  };
}

/** Nudge keys are `ruleId@words`; stats are kept per rule. */
export const ruleOfKey = (key: string): string => key.slice(0, key.indexOf('@'));
