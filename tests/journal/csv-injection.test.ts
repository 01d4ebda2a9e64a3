/**
 * Issue 19, must have 6: no exported cell can start a formula, in a comma or a semicolon
 * locale, with ASCII or full-width starters; ordinary text stays as written.
 */
import { describe, expect, it } from 'vitest';
import { csvCell } from '@/lib/journal/export-csv';

/** The cells a spreadsheet splitting on `separator` (and honouring quotes) would make of one CSV field. */
function cellsSeenBy(field: string, separator: ',' | ';' | '\t'): string[] {
  if (field.startsWith('"')) return [field.slice(1, -1).replace(/""/g, '"')];
  return field.split(separator);
}

const FORMULA = /^[=+\-@＝＋－＠]/;

describe('CSV cells', () => {
  it.each([
    ['great;=1+1', '"great;=1+1"'],
    ['thanks,@dana', '"thanks,@dana"'],
    ['a\t=1+1', '"a\t=1+1"'],
    ['=1+1', "'=1+1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    [' =1+1', "' =1+1"],
    ['\t=1+1', `"'\t=1+1"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
  ])('%j is written %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each([
    'plain praise',
    'Best support in 2 years!',
    '2026-01-01T00:00:00.000Z',
    'https://acme.zendesk.com/agent/tickets/7',
    'x = y + z',
  ])('%j is written as it is', (value) => {
    expect(csvCell(value)).toBe(value);
  });

  it.each([',', ';', '\t'] as const)(
    'never gives a %j-splitting spreadsheet a cell that starts a formula',
    (separator) => {
      const hostile = [
        'great;=1+1',
        'a,+1',
        'x\t@SUM(1)',
        'ok; －1',
        '＝1',
        ' @x',
        'a;\t=1',
        'fine,=cmd|" /C calc"!A0',
      ];
      for (const value of hostile) {
        for (const cell of cellsSeenBy(csvCell(value), separator)) expect(cell.trimStart()).not.toMatch(FORMULA);
      }
    },
  );
});
