import { describe, expect, it } from 'vitest';
import { parsePack } from '@/lib/prompts/parse-pack';
import { formatPath } from '@/lib/prompts/pack-problems';
import { validPack } from '@/tests/prompts/fixtures';

function problemsOf(raw: string) {
  const result = parsePack(raw);
  if (result.ok) throw new Error('expected a refusal');
  return result.problems;
}

describe('parsePack', () => {
  it('returns the pack for a valid file, BOM stripped', () => {
    const result = parsePack('\uFEFF' + JSON.stringify(validPack()));
    expect(result).toEqual({ ok: true, pack: validPack() });
  });

  it('formats paths like prompts[3].text', () => {
    expect(formatPath(['prompts', 3, 'text'])).toBe('prompts[3].text');
    expect(formatPath(['prompts', 0, 'triggers', 1])).toBe('prompts[0].triggers[1]');
    expect(formatPath([])).toBe('');
  });

  it('says an empty prompt text must not be empty and how to fix it', () => {
    const pack = validPack();
    pack.prompts[1]!.text = '   ';
    expect(problemsOf(JSON.stringify(pack))).toEqual([
      {
        path: 'prompts[1].text',
        problem: 'must not be empty',
        fix: expect.stringMatching(/^Write the prompt's words/),
      },
    ]);
  });

  it('names missing fields and wrong types in plain words', () => {
    const { name: _name, ...noName } = validPack();
    expect(problemsOf(JSON.stringify(noName))).toEqual([
      expect.objectContaining({ path: 'name', problem: 'is missing' }),
    ]);
    const wrong = { ...validPack(), prompts: [{ ...validPack().prompts[0], weight: 'high' }] };
    expect(problemsOf(JSON.stringify(wrong))).toEqual([
      expect.objectContaining({ path: 'prompts[0].weight', problem: 'must be a number, not text' }),
    ]);
  });

  it('explains bad ids, unknown triggers, duplicate prompt ids and unknown categories', () => {
    const pack = validPack();
    pack.prompts[1]!.id = pack.prompts[0]!.id;
    pack.prompts[0]!.triggers = ['signal:frustration', 'signal:joy'];
    const raw = JSON.stringify({
      ...pack,
      id: 'Bad Id',
      prompts: [...pack.prompts, { ...pack.prompts[0], id: 'c', category: 'kindness' }],
    });
    const problems = problemsOf(raw);
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'id', problem: expect.stringMatching(/lowercase letters, digits/) }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'prompts[0].triggers[1]',
        problem: '"signal:joy" is not a trigger Heartdesk knows',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'prompts[2].category',
        problem: expect.stringMatching(/^must be one of: empathy, solutions/),
      }),
    );
  });

  it('reports a duplicate prompt id at the second prompt', () => {
    const pack = validPack();
    pack.prompts[1]!.id = pack.prompts[0]!.id;
    expect(problemsOf(JSON.stringify(pack))).toEqual([
      expect.objectContaining({ path: 'prompts[1].id', problem: '"name-it" is used by another prompt in this set' }),
    ]);
  });

  it('says a newer schemaVersion comes from a newer Heartdesk', () => {
    expect(problemsOf(JSON.stringify({ ...validPack(), schemaVersion: 3 }))).toEqual([
      expect.objectContaining({ path: 'schemaVersion', problem: 'was made by a newer version of Heartdesk' }),
    ]);
  });

  it('gives line and column for invalid JSON', () => {
    const raw = '{\n  "id": "x",\n  "name": "y"\n  "oops": 1\n}';
    expect(problemsOf(raw)[0]!.problem).toBe(
      'Heartdesk could not read this file as a prompt set: something is out of place at line 4, column 3',
    );
  });

  it('refuses empty files, non-objects and text that is not a string', () => {
    expect(problemsOf('  \n')[0]!.problem).toBe('The file is empty');
    expect(problemsOf('[1,2]')[0]!.problem).toBe('The file does not hold a prompt set');
    expect(problemsOf(42 as unknown as string)[0]!.problem).toMatch(/not text/);
  });

  it('treats __proto__ keys as unknown fields without polluting any prototype', () => {
    const raw = JSON.stringify(validPack()).replace('{', '{"__proto__":{"polluted":true},');
    const problems = problemsOf(raw);
    expect(problems).toEqual([expect.objectContaining({ path: '__proto__', problem: 'is not one Heartdesk knows' })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nested = JSON.stringify(validPack()).replace('"prompts":[{', '"prompts":[{"__proto__":{"weight":1},');
    expect(problemsOf(nested)).toEqual([expect.objectContaining({ path: 'prompts[0].__proto__' })]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('lists every problem at once, one per unknown field', () => {
    const raw = JSON.stringify({ ...validPack(), colour: 'red', size: 2, name: '' });
    expect(
      problemsOf(raw)
        .map((p) => p.path)
        .sort(),
    ).toEqual(['colour', 'name', 'size']);
  });
});
