import { describe, expect, it } from 'vitest';
import {
  candidateFromDraft,
  checkDraft,
  copyId,
  draftFromPack,
  problemsByField,
  slugFromName,
  splitTriggers,
} from '@/components/options/pack-draft';
import { validPack } from '@/tests/prompts/fixtures';

describe('pack drafts (editor form state)', () => {
  it('round-trips a pack through the form unchanged', () => {
    const result = checkDraft(draftFromPack(validPack()));
    expect(result).toEqual({ ok: true, pack: validPack() });
  });

  it('splits triggers on commas and new lines, dropping blanks', () => {
    expect(splitTriggers(' signal:upset,,\ncategory:excuse , ')).toEqual(['signal:upset', 'category:excuse']);
  });

  it('treats an empty weight box as missing, not as 0', () => {
    const draft = draftFromPack(validPack());
    draft.prompts[0]!.weight = ' ';
    expect((candidateFromDraft(draft) as { prompts: Array<{ weight?: number }> }).prompts[0]!.weight).toBeUndefined();
    const result = checkDraft(draft);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path} ${p.problem}`)).toEqual([
      'prompts[0].weight is missing',
    ]);
  });

  it('groups trigger problems under the triggers field', () => {
    const grouped = problemsByField([
      { path: 'prompts[0].triggers[2]', problem: 'a', fix: 'x' },
      { path: 'prompts[0].triggers', problem: 'b', fix: 'x' },
      { path: 'name', problem: 'c', fix: 'x' },
    ]);
    expect(grouped.get('prompts[0].triggers')?.map((p) => p.problem)).toEqual(['a', 'b']);
    expect(grouped.get('name')?.map((p) => p.problem)).toEqual(['c']);
  });

  it('finds a free id for a copy', () => {
    expect(copyId('empathy', ['empathy'])).toBe('empathy-copy');
    expect(copyId('empathy', ['empathy-copy', 'empathy-copy-2'])).toBe('empathy-copy-3');
  });

  it('suggests a valid slug from any name', () => {
    expect(slugFromName('  Our Team’s — Set! ')).toBe('our-team-s-set');
    expect(slugFromName('Ça va, Zoë?')).toBe('ca-va-zoe');
    expect(slugFromName('x'.repeat(100) + ' y')).toHaveLength(60);
    expect(slugFromName('!!!')).toBe('');
  });
});
