import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOOD_RULES } from '@/lib/classify/rules';

const rulesDir = path.resolve(import.meta.dirname, '../../lib/classify/rules');
const NOT_RULES = new Set(['apply', 'index', 'types']);

describe('mood rule files', () => {
  it('hold one rule each, with the file name as id, all registered', () => {
    const files = readdirSync(rulesDir)
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((name) => !NOT_RULES.has(name))
      .sort();
    expect(MOOD_RULES.map((r) => r.id).sort()).toEqual(files);
  });

  it('use global patterns (matchAll needs them) and bounded effects', () => {
    for (const rule of MOOD_RULES) {
      expect(rule.pattern.flags).toContain('g');
      for (const value of Object.values(rule.effects ?? {})) expect(Math.abs(value)).toBeLessThanOrEqual(8);
      for (const value of Object.values({ ...rule.floors, ...rule.ceilings })) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });
});
