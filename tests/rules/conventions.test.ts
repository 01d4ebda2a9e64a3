import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '@/lib/engine/rule';
import { GOOD_CATEGORIES, PROBLEM_CATEGORIES } from '@/lib/engine/types';
import { RULES } from '@/lib/rules';

/**
 * "Conventions are tests" (architecture.md, after refined-github): every rule file is
 * registered, its id is its file name, it has a table test, and the README rules table
 * lists it with its category. Shared helpers live in lib/rules/shared/, which is skipped.
 *
 * The rules table lives in README.md's "Rules" section.
 */
const root = resolve(__dirname, '../..');
const ruleFiles = readdirSync(join(root, 'lib/rules'), { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && entry.name !== 'index.ts')
  .map((entry) => entry.name.replace(/\.ts$/, ''))
  .sort();
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const categories: readonly string[] = [...PROBLEM_CATEGORIES, ...GOOD_CATEGORIES];

describe('rule conventions', () => {
  it('finds rule files to check', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(10);
  });

  it('registry is sorted by id, without duplicates, and lists exactly the rule files', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(ruleFiles);
  });

  for (const file of ruleFiles) {
    describe(file, () => {
      it('default-exports the registered rule whose id is the file name', async () => {
        const module = (await import(`../../lib/rules/${file}.ts`)) as { default?: Rule };
        expect(module.default?.meta.id).toBe(file);
        expect(RULES).toContain(module.default);
      });

      it('has a table test', () => {
        expect(existsSync(join(root, `tests/rules/${file}.test.ts`))).toBe(true);
      });

      it('is listed in README.md with its category', () => {
        const rule = RULES.find((candidate) => candidate.meta.id === file);
        // Prettier pads table cells, so allow spaces before the closing bar.
        const row = readme.split('\n').find((line) => new RegExp(`^\\| \`${file}\` +\\|`).test(line));
        expect(row, `no README row for ${file}`).toBeDefined();
        expect(row!.split('|')[2]?.trim()).toBe(rule?.meta.category);
      });
    });
  }

  for (const rule of RULES) {
    describe(`${rule.meta.id} meta`, () => {
      it('has a known category and a one-line description', () => {
        expect(categories).toContain(rule.meta.category);
        expect(rule.meta.description).toMatch(/^[^\n]{10,140}$/);
      });

      it('has English messages: a one-line why and can-do directions, not lines to paste', () => {
        const messages = Object.values(rule.meta.messages.en);
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) {
          expect(message.why).toMatch(/^[^\n]{10,160}$/);
          expect(message.alternatives.length).toBeGreaterThan(0);
          for (const alternative of message.alternatives) {
            expect(alternative).toMatch(/^[^\n]{10,140}$/);
            // A quoted sentence would be a canned line; directions name what to do instead.
            expect(alternative).not.toMatch(/["“][^"”]{12,}["”]/);
          }
        }
      });
    });
  }
});
