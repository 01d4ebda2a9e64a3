import { describe, expect, it } from 'vitest';
import { parseBackup, type RefusalCode } from '@/lib/journal/import-backup';
import { t } from '@/lib/i18n';
import { makeWin } from '@/tests/db/fixtures';

const envelope = (wins: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'heartdesk-journal',
    schemaVersion: 2,
    exportedAt: '2026-11-22T00:00:00.000Z',
    wins,
    ...extra,
  });

function refusal(text: string) {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
}

describe('parseBackup', () => {
  it('accepts a valid file, with or without a BOM, into fresh validated wins', () => {
    const wins = [makeWin(1, { text: 'שלום 🎉' }), makeWin(2)];
    for (const text of [envelope(wins), `\uFEFF${envelope(wins)}`]) {
      const result = parseBackup(text);
      expect(result.ok && result.wins).toEqual(wins);
    }
  });

  it('brings schemaVersion 1 files forward through the backup upgrades', () => {
    const result = parseBackup(envelope([makeWin(1)], { schemaVersion: 1 }));
    expect(result.ok && result.schemaVersion).toBe(1);
    expect(result.ok && result.wins).toEqual([makeWin(1)]);
  });

  it.each<[string, string, RefusalCode]>([
    ['empty file', '   ', 'empty'],
    ['truncated JSON', envelope([makeWin(1)]).slice(0, 60), 'not-json'],
    ['another app’s JSON', JSON.stringify({ notes: [] }), 'wrong-format'],
    ['a bare array', JSON.stringify([makeWin(1)]), 'wrong-format'],
    ['newer version', envelope([], { schemaVersion: 99 }), 'newer-version'],
    ['version zero', envelope([], { schemaVersion: 0 }), 'bad-version'],
    ['fractional version', envelope([], { schemaVersion: 1.5 }), 'bad-version'],
    ['wins not a list', JSON.stringify({ format: 'heartdesk-journal', schemaVersion: 2, wins: {} }), 'bad-envelope'],
    ['unknown top-level field', envelope([], { extra: true }), 'bad-envelope'],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'too-deep'],
    [
      '__proto__ key',
      envelope([{ ...makeWin(1) }]).replace('"id"', '"__proto__":{"polluted":true},"id"'),
      'forbidden-key',
    ],
    ['constructor key', envelope([], { constructor: { prototype: {} } }), 'forbidden-key'],
  ])('refuses %s', (_, text, code) => {
    expect(refusal(text).code).toBe(code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the record, the field and what is wrong for a bad win', () => {
    const bad = refusal(envelope([makeWin(1), makeWin(2), { ...makeWin(3), kind: 'brag' }]));
    expect(bad).toMatchObject({ code: 'bad-record', index: 2, field: 'kind' });
    const message = t(bad.messageKey, ...bad.substitutions);
    expect(message).toContain('#3');
    expect(message).toContain('kind');
    expect(message).toContain(makeWin(3).id);
  });

  it('names unknown fields inside a win', () => {
    const bad = refusal(envelope([{ ...makeWin(1), words: ['x'] }]));
    expect(bad).toMatchObject({ code: 'bad-record', index: 0, field: 'words' });
  });

  it('refuses duplicate ids and names them', () => {
    const bad = refusal(envelope([makeWin(1), makeWin(2), makeWin(1), makeWin(2), makeWin(3)]));
    expect(bad.code).toBe('duplicate-ids');
    expect(bad.substitutions).toEqual(['2', `${makeWin(1).id}, ${makeWin(2).id}`]);
  });

  it('refuses a 50 MB+ input at once, before parsing', () => {
    const huge = `{"format":"heartdesk-journal","wins":["${'x'.repeat(50 * 1024 * 1024)}"]}`;
    const started = performance.now();
    expect(refusal(huge).code).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('every refusal has an English message in messages.json', () => {
    for (const code of [
      'empty',
      'not-json',
      'too-deep',
      'forbidden-key',
      'wrong-format',
      'bad-version',
      'newer-version',
      'bad-envelope',
      'bad-record',
      'duplicate-ids',
      'too-large',
    ]) {
      const key = `journal_refusal_${code.replace(/-/g, '_')}`;
      expect(t(key)).not.toBe(key);
    }
    expect(t('journal_refusal_newer_version', 9, 2)).toContain('made by a newer version of Heartdesk');
  });
});
