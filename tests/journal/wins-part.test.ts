import { describe, expect, it } from 'vitest';
import { readWinsPart } from '@/lib/journal/wins-part';
import { makeWin } from '@/tests/db/fixtures';

function refusal(data: unknown, version = 3) {
  const result = readWinsPart({ version, data });
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
}

describe('readWinsPart', () => {
  it('validates every win into fresh objects, keeping subject and note', () => {
    const wins = [
      makeWin(1, { text: 'שלום 🎉', ticketSubject: 'Refund for order 4471', note: 'Third try worked' }),
      makeWin(2),
    ];
    const result = readWinsPart({ version: 3, data: wins });
    expect(result.ok && result.wins).toEqual(wins);
    expect(result.ok && result.wins[0]).not.toBe(wins[0]);
  });

  it('drops the derived words of stored rows from older backups instead of refusing them', () => {
    const result = readWinsPart({ version: 2, data: [{ ...makeWin(1), words: ['win', 'number'] }] });
    expect(result.ok && result.wins).toEqual([makeWin(1)]);
    expect(result.ok && result.wins[0]).not.toHaveProperty('words');
  });

  it('in the current version a field it does not know is refused, named', () => {
    const problem = refusal([{ ...makeWin(1), mood: 'happy' }]);
    expect(problem.code).toBe('bad-win');
    expect(problem.message).toContain('“mood”');
  });

  it('says which win, which id and what the field must be, in plain words', () => {
    const problem = refusal([makeWin(1), makeWin(2), { ...makeWin(3), kind: 'brag' }]);
    expect(problem.code).toBe('bad-win');
    expect(problem.message).toContain('Win 3');
    expect(problem.message).toContain(makeWin(3).id);
    expect(problem.message).toContain('its kind must be one of');
    expect(problem.message).not.toMatch(/Invalid|expected|received|option/);
  });

  it.each([
    ['a missing date', { ...makeWin(1), createdAt: undefined }, 'its date'],
    ['empty text', { ...makeWin(1), text: '  ' }, 'its text must be'],
    ['a javascript: link', { ...makeWin(1), ticketUrl: 'javascript:alert(1)' }, 'its ticket link'],
    ['a number instead of a win', 42, 'it is not a win'],
  ])('explains %s', (_, record, words) => {
    expect(refusal([record]).message).toContain(words);
  });

  it('counts a win repeated word for word once, as the preview says', () => {
    const win = makeWin(1);
    const result = readWinsPart({ version: 3, data: Array.from({ length: 100_000 }, () => win) });
    expect(result.ok && result.wins).toEqual([win]);
    expect(result.ok && result.repeated).toBe(99_999);
  });

  it('refuses ids shared by different wins, naming them and counting in words', () => {
    const one = refusal([makeWin(1), { ...makeWin(1), text: 'Other words' }]);
    expect(one.code).toBe('conflicting-ids');
    expect(one.message).toMatch(/^1 id in the file belongs to two different wins/);
    const two = refusal([makeWin(1), makeWin(2), { ...makeWin(1), text: 'x' }, { ...makeWin(2), text: 'y' }]);
    expect(two.message).toMatch(/^2 ids in the file each belong/);
    expect(two.message).toContain(`${makeWin(1).id}, ${makeWin(2).id}`);
  });

  it('refuses a wins part that is not a list', () => {
    expect(refusal({ 0: makeWin(1) }).code).toBe('bad-part');
  });
});
