import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PACK_FILE_BYTES, parsePack } from '@/lib/prompts/parse-pack';
import { MAX_PROMPT_TEXT, MAX_PROMPTS, packSchema } from '@/lib/prompts/schema';
import { allKnownTriggers, isKnownTrigger, parseTrigger } from '@/lib/prompts/triggers';
import { validPack } from '@/tests/prompts/fixtures';

describe('pack schema', () => {
  it('accepts a well-formed pack', () => {
    expect(packSchema.safeParse(validPack()).success).toBe(true);
  });

  it.each([
    ['a newer schemaVersion', { schemaVersion: 2 }],
    ['an id with spaces', { id: 'My Team' }],
    ['an id with a trailing dash', { id: 'team-' }],
    ['an empty name', { name: '   ' }],
    ['another locale', { locale: 'fr' }],
    ['no prompts', { prompts: [] }],
  ])('refuses %s', (_, overrides) => {
    expect(packSchema.safeParse({ ...validPack(), ...overrides }).success).toBe(false);
  });

  it('caps the number of prompts and the length of a text', () => {
    const prompt = validPack().prompts[0]!;
    const many = Array.from({ length: MAX_PROMPTS + 1 }, (_, i) => ({ ...prompt, id: `p-${i}` }));
    expect(packSchema.safeParse(validPack({ prompts: many })).success).toBe(false);
    expect(packSchema.safeParse(validPack({ prompts: many.slice(0, MAX_PROMPTS) })).success).toBe(true);
    const long = { ...prompt, text: 'x'.repeat(MAX_PROMPT_TEXT + 1) };
    expect(packSchema.safeParse(validPack({ prompts: [long] })).success).toBe(false);
  });

  it('refuses unknown triggers, duplicate triggers, weights out of range and unknown fields', () => {
    const prompt = validPack().prompts[0]!;
    for (const broken of [
      { ...prompt, triggers: ['signal:joy'] },
      { ...prompt, triggers: ['mood:frustration'] },
      { ...prompt, triggers: ['signal:frustration', 'signal:frustration'] },
      { ...prompt, triggers: [] },
      { ...prompt, weight: 11 },
      { ...prompt, weight: -1 },
      { ...prompt, extra: true },
    ]) {
      expect(packSchema.safeParse(validPack({ prompts: [broken as typeof prompt] })).success).toBe(false);
    }
  });

  it('knows every trigger form from the brief', () => {
    for (const trigger of [
      'signal:frustration',
      'signal:upset',
      'category:excuse',
      'rule:excuse-policy',
      'checklist:feelings',
      'event:after-hard-conversation',
      'event:customer-thanks',
    ])
      expect(isKnownTrigger(trigger)).toBe(true);
    expect(parseTrigger('constructor:x')).toBeNull();
    expect(isKnownTrigger('signal:toString')).toBe(false);
    expect(allKnownTriggers()).toContain('category:jargon');
  });
});

describe('fuzzed packs', () => {
  it('parsePack never throws and answers ok or a non-empty problem list on random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parsePack(JSON.stringify(value));
        if (result.ok) expect(packSchema.safeParse(result.pack).success).toBe(true);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parsePack(text);
        expect(result.ok ? true : result.problems.every((p) => p.problem.length > 0 && p.fix.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reports every field of a pack whose fields have the wrong types', () => {
    const wrong = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }));
    fc.assert(
      fc.property(fc.constantFrom('id', 'name', 'description', 'prompts'), wrong, (field, value) => {
        const result = parsePack(JSON.stringify({ ...validPack(), [field]: value }));
        expect(result.ok).toBe(false);
        // A list in place of `prompts` is reported at its first item (prompts[0]), hence startsWith.
        if (!result.ok) expect(result.problems.some((p) => p.path.startsWith(field))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps valid packs valid through a JSON round trip with any text', () => {
    const text = fc.string({ minLength: 1, maxLength: MAX_PROMPT_TEXT }).filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(text, (words) => {
        const pack = validPack();
        pack.prompts[0]!.text = words;
        const result = parsePack(JSON.stringify(pack));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.pack.prompts[0]!.text).toBe(words.trim());
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a 1 MB text clearly, before parsing', () => {
    const pack = validPack();
    pack.prompts[0]!.text = 'x'.repeat(MAX_PACK_FILE_BYTES);
    const result = parsePack(JSON.stringify(pack));
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ problem: expect.stringMatching(/larger than 1 MB/) })],
    });
  });

  it('says "too long" for a prompt text just under the file cap', () => {
    const pack = validPack();
    pack.prompts[0]!.text = 'y'.repeat(500_000);
    const result = parsePack(JSON.stringify(pack));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({
        path: 'prompts[0].text',
        problem: expect.stringMatching(/too long: at most 400/),
      });
  });
});
