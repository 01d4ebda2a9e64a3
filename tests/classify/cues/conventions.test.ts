import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOOD_CUES, type MoodCue } from '@/lib/classify/cues';

/**
 * The mood cues follow the draft rules' conventions (tests/rules/conventions.test.ts): one
 * cue per file, default-exported, id = file name, all registered, each with its own table
 * of matches and near misses. The registry's order is deliberate (see lib/classify/cues/index.ts).
 */
const root = resolve(import.meta.dirname, '../../..');
const NOT_CUES = new Set(['cue', 'index']);
const cueFiles = readdirSync(join(root, 'lib/classify/cues'))
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((name) => !NOT_CUES.has(name))
  .sort();

describe('mood cue conventions', () => {
  it('finds cue files to check', () => {
    expect(cueFiles.length).toBeGreaterThanOrEqual(10);
  });

  it('registers exactly the cue files, each once', () => {
    const ids = MOOD_CUES.map((cue) => cue.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(cueFiles);
  });

  for (const file of cueFiles) {
    describe(file, () => {
      it('default-exports the registered cue whose id is the file name', async () => {
        const module = (await import(`../../../lib/classify/cues/${file}.ts`)) as { default?: MoodCue };
        expect(module.default?.id).toBe(file);
        expect(MOOD_CUES).toContain(module.default);
      });

      it('has a table test', () => {
        expect(existsSync(join(root, `tests/classify/cues/${file}.test.ts`))).toBe(true);
      });
    });
  }

  it('use global patterns (matchAll needs them) and bounded effects', () => {
    for (const cue of MOOD_CUES) {
      expect(cue.pattern.flags).toContain('g');
      for (const value of Object.values(cue.effects ?? {})) expect(Math.abs(value)).toBeLessThanOrEqual(8);
      for (const value of Object.values({ ...cue.floors, ...cue.ceilings })) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });
});
