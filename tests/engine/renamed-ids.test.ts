import { afterEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { nudgeTotalsSince, recordNudgeEvent } from '@/lib/db/nudge-stats';
import { currentRuleId, currentRuleIds, RENAMED_RULE_IDS } from '@/lib/engine/renamed-ids';
import { isKnownTrigger, parseTrigger } from '@/lib/prompts/triggers';
import { RULES } from '@/lib/rules';
import { normalisePreferences } from '@/lib/storage/preference-fields';
import { DEFAULT_PREFERENCES } from '@/lib/storage/settings';
import { uniqueDbName } from '@/tests/db/fixtures';

/**
 * Saved rule ids are permanent: a renamed rule keeps the agent's mutes, the journal's
 * counters and the packs' triggers. The cases use a rename made up for the test
 * (`excuse-rules` → `excuse-policy`) so they hold whether or not the project has renamed
 * anything yet.
 */
const renames = { 'excuse-rules': 'excuse-policy', 'very-old': 'excuse-rules' } as const;

describe('renamed rule ids', () => {
  it('the recorded renames point at rules that exist, and no old id is in use again', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    for (const [old, renamed] of Object.entries(RENAMED_RULE_IDS)) {
      expect(ids).not.toContain(old);
      expect(ids).toContain(currentRuleId(renamed));
    }
  });

  it('follow a chain of renames and stop on a mistaken cycle', () => {
    expect(currentRuleId('very-old', renames)).toBe('excuse-policy');
    expect(currentRuleId('jargon', renames)).toBe('jargon');
    expect(currentRuleId('a', { a: 'b', b: 'a' })).toMatch(/^[ab]$/);
    expect(currentRuleIds(['excuse-rules', 'excuse-policy', 'jargon'], renames)).toEqual(['excuse-policy', 'jargon']);
  });

  it('keep a rule muted under its new id', () => {
    const saved = { ...DEFAULT_PREFERENCES, mutedRules: ['very-old', 'jargon'] };
    expect(normalisePreferences(saved, renames).mutedRules).toEqual(['excuse-policy', 'jargon']);
  });

  it('keep a pack trigger working under the new id', () => {
    expect(parseTrigger('rule:excuse-rules', renames)).toEqual({ kind: 'rule', value: 'excuse-policy' });
    expect(isKnownTrigger('rule:excuse-rules', renames)).toBe(true);
    expect(isKnownTrigger('rule:excuse-rules', {})).toBe(false);
  });

  describe('journal counters', () => {
    const db = new JournalDatabase(uniqueDbName('renamed-ids'));
    afterEach(() => db.delete());

    it('add up counters kept under the old and the new id', async () => {
      const day = Date.UTC(2026, 11, 1, 12);
      await recordNudgeEvent(db, 'excuse-rules', 'seen', day);
      await recordNudgeEvent(db, 'excuse-policy', 'seen', day);
      await recordNudgeEvent(db, 'excuse-policy', 'acted', day);
      const totals = await nudgeTotalsSince(db, '2026-11-01', renames);
      expect(totals).toEqual([{ ruleId: 'excuse-policy', seen: 2, acted: 1, muted: 0, helpful: 0, notHelpful: 0 }]);
    });
  });
});
