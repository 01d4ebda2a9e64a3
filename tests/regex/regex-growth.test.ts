/**
 * Issue 19, must have 2: no regular expression in shipped code (lib/, components/,
 * entrypoints/) takes time that grows faster than its input on adversarial text. The
 * patterns are found, not listed (collect-patterns.ts), so one added tomorrow is timed
 * too; each is scanned over every shape in tests/fixtures/adversarial/shapes.ts plus
 * repeats of its own phrases, at 2,000 and 20,000 characters (growth.ts). The checker's
 * own test (growth.test.ts) shows it failing on quadratic and exponential patterns.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { analyze as analyzeType } from '@/lib/analysis';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { ADVERSARIAL_SHAPES, patternShapesFor } from '@/tests/fixtures/adversarial/shapes';
import {
  captureConstructed,
  distinctPatterns,
  scanSource,
  sourceFiles,
  unreachedConstructions,
} from '@/tests/regex/collect-patterns';
import { describeGrowth, growthOver, type Growth } from '@/tests/regex/growth';

const ROOT = resolve(import.meta.dirname, '../..');

const scan = scanSource(ROOT);
// Modules the setup file imported were evaluated before the constructor was wrapped.
vi.resetModules();
// Entry points only wire things up (and touch the DOM when imported): they are scanned, not imported.
const modules = sourceFiles(ROOT, ['lib', 'components']);
const constructed = await captureConstructed(ROOT, async () => {
  for (const file of modules) await import(/* @vite-ignore */ file);
  // The engine builds a sticky copy of a long phrase list the first time it scans one (lib/engine/word-scan.ts): one short reply reaches that.
  const { analyze } = (await import(/* @vite-ignore */ join(ROOT, 'lib/analysis/index.ts'))) as {
    analyze: typeof analyzeType;
  };
  analyze({ draft: 'Thanks for waiting.', customerMessages: [], locale: 'en', settings: DEFAULT_ENGINE_SETTINGS });
});
const patterns = distinctPatterns(scan.literals, constructed);

// Each pattern's worst shape, slowest-growing first, for a look at the margins.
const worst: Array<{ where: string[]; source: string; worst: Growth }> = [];
afterAll(() => {
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  worst.sort((a, b) => b.worst.ratio - a.worst.ratio);
  writeFileSync(join(ROOT, 'test-output/regex-growth.json'), `${JSON.stringify(worst, null, 1)}\n`);
});

describe('every regular expression in shipped code grows linearly on adversarial text', () => {
  it('reaches every place that builds a pattern at run time (else teach this test to build it)', () => {
    expect(unreachedConstructions(scan.constructions, constructed)).toEqual([]);
  });

  it.each(patterns.map((entry) => [`${entry.where[0]} /${entry.pattern.source.slice(0, 60)}/`, entry] as const))(
    '%s',
    (_name, { pattern, where }) => {
      const shapes = [...ADVERSARIAL_SHAPES, ...patternShapesFor(pattern.source)];
      const growth = growthOver(pattern, shapes);
      const { superLinear } = growth;
      worst.push({ where, source: pattern.source, worst: growth.worst });
      const described = superLinear.map((growth) => describeGrowth(growth));
      expect(described).toEqual([]);
    },
    // Growth is judged by the ratio above, not by the clock: a long pattern over every shape took 12 s
    // alone and over 20 s at load 15, which the default limit would call a failure.
    60_000,
  );
});
