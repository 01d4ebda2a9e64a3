import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '@/lib/prompts/builtin';
import { parsePack } from '@/lib/prompts/parse-pack';
import { allKnownTriggers, isKnownTrigger } from '@/lib/prompts/triggers';
import { DEFAULT_PREFERENCES } from '@/lib/storage/settings';

const folder = join(__dirname, '../../lib/prompts/builtin');
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('built-in prompt packs (conventions)', () => {
  it('registry lists every file, sorted by id, with id = file name', () => {
    expect(BUILTIN_PACKS.map((pack) => `${pack.id}.json`)).toEqual(files);
  });

  it.each(files)('%s is valid through the same parser as an imported pack', (file) => {
    const result = parsePack(readFileSync(join(folder, file), 'utf8'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(BUILTIN_PACKS.map((pack) => [pack.id, pack] as const))(
    '%s has 5–10 short prompts with unique ids and real triggers',
    (_, pack) => {
      expect(pack.prompts.length).toBeGreaterThanOrEqual(5);
      expect(pack.prompts.length).toBeLessThanOrEqual(10);
      expect(new Set(pack.prompts.map((p) => p.id)).size).toBe(pack.prompts.length);
      for (const prompt of pack.prompts) {
        expect(prompt.text.length).toBeLessThanOrEqual(200);
        for (const trigger of prompt.triggers) expect(isKnownTrigger(trigger), trigger).toBe(true);
      }
    },
  );

  it('never offers a canned line to paste', () => {
    const canned = /I understand your frustration|we apologi[sz]e for any inconvenience|sorry for the inconvenience/i;
    for (const prompt of BUILTIN_PACKS.flatMap((pack) => pack.prompts)) expect(prompt.text).not.toMatch(canned);
  });

  it('the default enabled sets are exactly the built-ins', () => {
    expect([...DEFAULT_PREFERENCES.enabledPromptSets].sort()).toEqual(BUILTIN_PACKS.map((pack) => pack.id));
  });
});

describe('prompt pack README', () => {
  const readme = readFileSync(join(folder, '../README.md'), 'utf8');

  it('its table lists every built-in pack with its name and prompt count', () => {
    const rows = [...readme.matchAll(/^\| *([a-z0-9-]+) *\| *(.+?) *\| *(\d+) *\|$/gm)].map((m) => [
      m[1],
      m[2],
      Number(m[3]),
    ]);
    expect(rows).toEqual(BUILTIN_PACKS.map((pack) => [pack.id, pack.name, pack.prompts.length]));
  });

  it('names every trigger form except rule ids (those come from the rule registry)', () => {
    for (const trigger of allKnownTriggers().filter((t) => !t.startsWith('rule:'))) {
      const [kind, value] = trigger.split(':') as [string, string];
      expect(readme.includes(trigger) || readme.includes(`\`${value}\``), `${kind}:${value}`).toBe(true);
    }
  });
});
