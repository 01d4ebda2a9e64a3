/**
 * Saved ids are permanent (docs/architecture.md, "Saved ids"). A rule's id is stored in the
 * agent's settings (muted rules), in the journal's nudge counters and in prompt packs'
 * triggers (`rule:<id>`), including packs the agent exported to a file. So a rule is never
 * renamed silently: when one is renamed or split, its old id is recorded here (old → new,
 * with the date and the reason), the old id is never reused, and every reader of a saved id
 * maps it forward with currentRuleId().
 *
 * Example entry: `'excuse-rules': 'excuse-policy', // 2027-01-10: merged into the policy rule`
 */
export const RENAMED_RULE_IDS: Readonly<Record<string, string>> = {};

// A chain (a → b → c) is followed; a mistaken cycle must not hang the reader.
const MAX_HOPS = 8;

/** The id a saved rule id stands for today. */
export function currentRuleId(id: string, renames: Readonly<Record<string, string>> = RENAMED_RULE_IDS): string {
  let current = id;
  for (let hop = 0; hop < MAX_HOPS && Object.hasOwn(renames, current); hop++) current = renames[current]!;
  return current;
}

/** A saved list of rule ids brought forward: renamed ids replaced, duplicates (old and new both saved) dropped. */
export function currentRuleIds(
  ids: readonly string[],
  renames: Readonly<Record<string, string>> = RENAMED_RULE_IDS,
): string[] {
  return [...new Set(ids.map((id) => currentRuleId(id, renames)))];
}
