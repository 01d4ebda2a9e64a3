import { describe, expect, it } from 'vitest';
import type { MoodCue } from '@/lib/classify/cues';

/**
 * A cue's own table, like the draft rules' (tests/rules/rule-table.ts): phrases it must
 * match, with the exact words it claims, and near misses it must leave alone. Near misses
 * come first in each file, because a cue that fires on the wrong message is worse than a
 * cue that stays quiet.
 */
export interface CueTable {
  /** Messages the cue must leave alone: the same words in a calm or unrelated sense. */
  nearMisses: string[];
  /** Messages it must match, each with the text of its first match. */
  matches: Array<{ text: string; claims: string }>;
}

function firstMatch(cue: MoodCue, text: string): string | null {
  cue.pattern.lastIndex = 0;
  const match = cue.pattern.exec(text);
  cue.pattern.lastIndex = 0;
  return match ? match[0] : null;
}

export function cueTable(cue: MoodCue, table: CueTable): void {
  describe(`mood cue ${cue.id}`, () => {
    it('has at least two near misses and two matches', () => {
      expect(table.nearMisses.length).toBeGreaterThanOrEqual(2);
      expect(table.matches.length).toBeGreaterThanOrEqual(2);
    });
    for (const text of table.nearMisses) {
      it(`leaves alone ${JSON.stringify(text)}`, () => expect(firstMatch(cue, text)).toBeNull());
    }
    for (const { text, claims } of table.matches) {
      it(`matches ${JSON.stringify(claims)} in ${JSON.stringify(text)}`, () =>
        expect(firstMatch(cue, text)).toBe(claims));
    }
  });
}
