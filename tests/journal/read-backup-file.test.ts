import { describe, expect, it } from 'vitest';
import { readBackupFile } from '@/lib/journal/read-backup-file';
import type { RefusalCode } from '@/lib/journal/backup-refusal';
import { makeWin } from '@/tests/db/fixtures';

const KNOWN = new Map([
  ['wins', 3],
  ['settings', 1],
  ['customPacks', 1],
]);

const partsFile = (parts: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'heartdesk-backup',
    version: 2,
    exportedAt: '2026-12-06T00:00:00.000Z',
    madeBy: '0.1.0',
    parts,
    ...extra,
  });
const journalExport = (wins: unknown[], schemaVersion = 2) =>
  JSON.stringify({ format: 'heartdesk-journal', schemaVersion, exportedAt: '2026-11-22T00:00:00.000Z', wins });

function read(text: string) {
  return readBackupFile(text, KNOWN);
}

function refusal(text: string) {
  const result = read(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
}

describe('readBackupFile: which files restore', () => {
  it('reads the parts of a current backup, with or without a BOM', () => {
    const text = partsFile({
      wins: { version: 3, data: [makeWin(1)] },
      settings: { version: 1, data: { quietMode: true } },
    });
    for (const file of [text, `\uFEFF${text}`]) {
      const result = read(file);
      expect(result.ok && result.file.writtenAs).toBe('backup-v2');
      expect(result.ok && result.file.madeBy).toBe('0.1.0');
      expect(result.ok && [...result.file.parts.keys()]).toEqual(['wins', 'settings']);
    }
  });

  it('reads the journal page’s old export (schemaVersion 1 and 2) as a wins part of that version', () => {
    for (const version of [1, 2]) {
      const result = read(journalExport([makeWin(1)], version));
      expect(result.ok && result.file.writtenAs).toBe('journal-export');
      expect(result.ok && result.file.parts.get('wins')).toEqual({ version, data: [makeWin(1)] });
    }
  });

  it('reads the options page’s old backup: stored rows as wins v2, preferences as settings, custom packs', () => {
    const result = read(
      JSON.stringify({
        format: 'heartdesk-backup',
        version: 1,
        exportedAt: '2026-11-22T00:00:00.000Z',
        wins: [{ ...makeWin(1), words: ['win'] }],
        preferences: { quietMode: true },
        customPacks: [],
      }),
    );
    expect(result.ok && result.file.writtenAs).toBe('backup-v1');
    expect(result.ok && Object.fromEntries(result.file.parts)).toEqual({
      wins: { version: 2, data: [{ ...makeWin(1), words: ['win'] }] },
      settings: { version: 1, data: { quietMode: true } },
      customPacks: { version: 1, data: [] },
    });
  });

  it('a file without some parts is read with the parts it has', () => {
    const result = read(partsFile({ wins: { version: 3, data: [] } }));
    expect(result.ok && [...result.file.parts.keys()]).toEqual(['wins']);
  });
});

describe('readBackupFile: refusals in plain words', () => {
  it.each<[string, string, RefusalCode]>([
    ['an empty file', '  \n ', 'empty'],
    ['another app’s JSON', JSON.stringify({ notes: [] }), 'wrong-format'],
    ['a bare list', JSON.stringify([makeWin(1)]), 'wrong-format'],
    ['a newer backup format', partsFile({}, { version: 3, madeBy: '0.9.0' }), 'newer-version'],
    ['a newer journal export', journalExport([], 3), 'newer-version'],
    ['version zero', partsFile({}, { version: 0 }), 'bad-version'],
    ['a fractional version', journalExport([], 1.5), 'bad-version'],
    [
      'wins that are not a list',
      JSON.stringify({ format: 'heartdesk-journal', schemaVersion: 2, wins: {} }),
      'bad-envelope',
    ],
    ['parts that are not an object', partsFile([] as unknown as Record<string, unknown>), 'bad-envelope'],
    ['a part without data', partsFile({ wins: { version: 3 } }), 'bad-envelope'],
    ['a part this build does not know', partsFile({ teamBadges: { version: 1, data: [] } }), 'unknown-part'],
    ['a part newer than this build reads', partsFile({ wins: { version: 4, data: [] } }), 'newer-part'],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'too-deep'],
    [
      'a __proto__ key inside a win',
      partsFile({ wins: { version: 3, data: [makeWin(1)] } }).replace('"id"', '"__proto__":{"polluted":true},"id"'),
      'forbidden-key',
    ],
    ['a constructor key', partsFile({}, { constructor: { prototype: {} } }), 'forbidden-key'],
  ])('refuses %s', (_, text, code) => {
    expect(refusal(text).code).toBe(code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names who made a newer backup', () => {
    expect(refusal(partsFile({}, { version: 3, madeBy: '0.9.0' })).message).toContain('Heartdesk 0.9.0');
    expect(refusal(partsFile({ wins: { version: 4, data: [] } }, { madeBy: '0.8.1' })).message).toContain(
      'Heartdesk 0.8.1',
    );
    expect(refusal(journalExport([], 7)).message).toContain('backup format 7');
  });

  it('says a cut file was cut short, and never shows the parser’s own words', () => {
    const full = partsFile({ wins: { version: 3, data: [makeWin(1), makeWin(2)] } });
    for (const cut of [10, 24, 60, full.length - 1]) {
      const problem = refusal(full.slice(0, cut));
      expect(problem.code).toBe('cut-short');
      expect(problem.message).not.toMatch(/position|Expected|Unexpected|JSON\.parse|token/);
    }
  });

  it('places damage in the middle of a file by line, without the parser’s words', () => {
    const damaged = `{\n"format": "heartdesk-backup",\n"version": 2,\n parts: {}\n}`;
    const problem = refusal(damaged);
    expect(problem.code).toMatch(/^not-json/);
    expect(problem.message).not.toMatch(/position|Expected|Unexpected|JSON\.parse|token/);
    if (problem.code === 'not-json-at') expect(problem.message).toContain('line 4');
  });

  it('refuses a 50 MB+ input at once, before parsing', () => {
    const huge = `{"format":"heartdesk-backup","parts":{"x":"${'x'.repeat(50 * 1024 * 1024)}"}}`;
    const started = performance.now();
    expect(refusal(huge).code).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(100);
  });
});
