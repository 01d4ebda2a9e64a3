import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardcodedStrings, scanFolder, tsxFilesUnder } from '@/tests/options/find-hardcoded-strings';

const root = join(__dirname, '../..');

describe('translation-ready components', () => {
  it('finds JSX text, literal children and readable attributes, with their lines', () => {
    const source = [
      'export const A = () => (',
      '  <div title="Settings">',
      '    Hello there',
      "    <img alt={'A cat'} />",
      "    <input placeholder={`Search ${x}`} aria-label={ok ? 'Yes' : t('no')} />",
      "    {busy ? 'Saving…' : t('saved')}",
      "    {count > 0 && 'items'}",
      '  </div>',
      ');',
    ].join('\n');
    expect(findHardcodedStrings(source, 'a.tsx').map(({ line, text }) => `${line}:${text}`)).toEqual([
      '2:Settings',
      '3:Hello there',
      '4:A cat',
      '5:Search',
      '5:Yes',
      '6:Saving…',
      '7:items',
    ]);
  });

  it('allows t(), punctuation-only text, non-readable attributes and expressions', () => {
    const source = [
      'export const B = () => (',
      '  <p className="hd-row" id="x" data-testid="y" aria-label={t(\'options_close\')} title={name}>',
      "    {t('options_title')} — {value} ({count}) ×",
      "    {index > 0 && ', '}",
      '  </p>',
      ');',
    ].join('\n');
    expect(findHardcodedStrings(source)).toEqual([]);
  });

  it('scans every .tsx file under components/ (all areas, not only options)', () => {
    const files = tsxFilesUnder(join(root, 'components'));
    expect(files.length).toBeGreaterThan(0);
    const problems = scanFolder(join(root, 'components'), root).map(
      ({ file, line, text }) => `${file}:${line} "${text}"`,
    );
    expect(problems, 'hard-coded user-visible strings; put them in messages.json and use t()').toEqual([]);
  });

  it('scans the entrypoints too (pages mount components, and may not add text of their own)', () => {
    const problems = scanFolder(join(root, 'entrypoints'), root).map(
      ({ file, line, text }) => `${file}:${line} "${text}"`,
    );
    expect(tsxFilesUnder(join(root, 'entrypoints')).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
