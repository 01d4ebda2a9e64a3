import type { JournalDatabase } from '@/lib/db/database';
import { guardQuota } from '@/lib/db/errors';
import type { NudgeEvent, NudgeStatRow } from '@/lib/journal/nudge-stat-row';
import { dayKey } from '@/lib/journal/calendar';
import { currentRuleId, RENAMED_RULE_IDS } from '@/lib/engine/renamed-ids';

/** Adds one event to today's counters for the rule (read-modify-write in one transaction). */
export async function recordNudgeEvent(
  db: JournalDatabase,
  ruleId: string,
  event: NudgeEvent,
  now = Date.now(),
): Promise<void> {
  const day = dayKey(now);
  await guardQuota(() =>
    db.transaction('rw', db.nudgeStats, async () => {
      const row: NudgeStatRow = (await db.nudgeStats.get([day, ruleId])) ?? {
        day,
        ruleId,
        seen: 0,
        acted: 0,
        muted: 0,
        helpful: 0,
        notHelpful: 0,
      };
      row[event] += 1;
      await db.nudgeStats.put(row);
    }),
  );
}

export type RuleTotals = Omit<NudgeStatRow, 'day'>;

/**
 * Totals per rule from `fromDay` (inclusive, `YYYY-MM-DD`), most seen first. Counters kept
 * under a rule's old id add up with the renamed rule's (lib/engine/renamed-ids.ts).
 */
export async function nudgeTotalsSince(
  db: JournalDatabase,
  fromDay: string,
  renames: Readonly<Record<string, string>> = RENAMED_RULE_IDS,
): Promise<RuleTotals[]> {
  const rows = await db.nudgeStats.where('day').aboveOrEqual(fromDay).toArray();
  const totals = new Map<string, RuleTotals>();
  for (const row of rows) {
    const ruleId = currentRuleId(row.ruleId, renames);
    const total = totals.get(ruleId) ?? {
      ruleId,
      seen: 0,
      acted: 0,
      muted: 0,
      helpful: 0,
      notHelpful: 0,
    };
    total.seen += row.seen;
    total.acted += row.acted;
    total.muted += row.muted;
    total.helpful += row.helpful;
    total.notHelpful += row.notHelpful;
    totals.set(ruleId, total);
  }
  return [...totals.values()].sort((a, b) => b.seen - a.seen || a.ruleId.localeCompare(b.ruleId));
}
