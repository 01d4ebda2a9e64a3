import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureConstructed, scanSource, unreachedConstructions } from '@/tests/regex/collect-patterns';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'tests/regex/fixtures/sample-patterns.ts');
const FILE = 'tests/regex/fixtures/sample-patterns.ts';

describe('finding every regular expression (the scan behind regex-growth.test.ts)', () => {
  const scan = scanSource(ROOT, [SAMPLE]);

  it('reads literals wherever they are, with their flags, and nothing in strings or comments', () => {
    expect(scan.literals.map(({ source, flags, line }) => ({ source, flags, line }))).toEqual([
      { source: 'ab+c', flags: 'gi', line: 4 },
      { source: String.raw`\s+$`, flags: 'u', line: 7 },
    ]);
  });

  it('lists every place that builds a pattern from a string', () => {
    expect(scan.constructions).toEqual([
      { file: FILE, line: 10 },
      { file: FILE, line: 11 },
      { file: FILE, line: 12 },
      { file: FILE, line: 15 },
    ]);
  });
});

describe('capturing patterns built at run time', () => {
  it('ties each built pattern to its construction site and names the site importing never reaches', async () => {
    const constructed = await captureConstructed(ROOT, async () => {
      await import('@/tests/regex/fixtures/sample-patterns');
    }, ['lib', 'tests/regex/fixtures']);
    const sources = constructed.map(({ pattern }) => pattern.source);
    expect(sources).toEqual(expect.arrayContaining([String.raw`\bbuilt\b`, 'called', String.raw`\b(?:one|two)`]));
    const phrases = constructed.find(({ pattern }) => pattern.source === String.raw`\b(?:one|two)`)!;
    expect(phrases.frames.map((frame) => frame.file)).toEqual(['lib/engine/phrases.ts', FILE]);
    expect(unreachedConstructions(scanSource(ROOT, [SAMPLE]).constructions, constructed)).toEqual([
      { file: FILE, line: 15 },
    ]);
  });
});
