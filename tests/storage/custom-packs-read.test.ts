import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '@/lib/prompts/builtin';
import { parsePack } from '@/lib/prompts/parse-pack';
import { PROMPT_CATEGORIES } from '@/lib/prompts/pack-limits';
import { isUsablePack, repairCustomPacks } from '@/lib/storage/custom-packs-read';

const GOOD = {
  schemaVersion: 1,
  id: 'team-north',
  name: 'Team North',
  description: 'x',
  locale: 'en',
  prompts: [{ id: 'one', category: 'empathy', text: 'Name what went wrong.', triggers: ['signal:upset'], weight: 5 }],
};

describe('reading custom packs without the schema library', () => {
  it('accepts every built-in pack and a valid custom one', () => {
    for (const pack of BUILTIN_PACKS) expect(isUsablePack(pack)).toBe(true);
    expect(isUsablePack(GOOD)).toBe(true);
  });

  it.each([
    ['no prompts array', { ...GOOD, prompts: 'x' }],
    ['empty prompt text', { ...GOOD, prompts: [{ ...GOOD.prompts[0], text: '  ' }] }],
    ['unknown category', { ...GOOD, prompts: [{ ...GOOD.prompts[0], category: 'bribery' }] }],
    ['weight out of range', { ...GOOD, prompts: [{ ...GOOD.prompts[0], weight: 99 }] }],
    ['triggers not strings', { ...GOOD, prompts: [{ ...GOOD.prompts[0], triggers: [1] }] }],
    ['newer format', { ...GOOD, schemaVersion: 2 }],
    ['bad id', { ...GOOD, id: '../x' }],
  ])('skips a pack with %s', (_label, pack) => {
    expect(isUsablePack(pack)).toBe(false);
    expect(repairCustomPacks([pack, GOOD])).toEqual([GOOD]);
  });

  it('never skips a pack the full schema accepts', () => {
    const prompt = fc.record({
      id: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8})?$/),
      category: fc.constantFrom(...PROMPT_CATEGORIES),
      text: fc.string({ minLength: 1, maxLength: 400 }),
      triggers: fc.constant(['signal:upset']),
      weight: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(prompt, { minLength: 1, maxLength: 5, selector: (p) => p.id }), (prompts) => {
        const parsed = parsePack(JSON.stringify({ ...GOOD, prompts }));
        if (parsed.ok) expect(isUsablePack(parsed.pack)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
