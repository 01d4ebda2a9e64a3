import { describe, expect, it } from 'vitest';
import { csvCell, csvParts, csvRow } from '@/lib/journal/export-csv';
import { bragDocumentParts, escapeMarkdown, type BragLabels } from '@/lib/journal/export-markdown';
import { jsonBackupParts } from '@/lib/journal/export-json';
import type { Win } from '@/lib/journal/win-schema';
import { makeWin } from '@/tests/db/fixtures';

async function text(parts: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const part of parts) out += part;
  return out;
}

async function* chunks(...groups: Win[][]) {
  for (const group of groups) yield group;
}

/** Minimal RFC 4180 reader, to check our writer round-trips. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < input.length; i += 1) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && input[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const start of ['=', '+', '-', '@', '\t']) expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('writes a BOM, a header and one CRLF row per win that parse back to the same text', async () => {
    const wins = [
      makeWin(1, { text: 'Line one\nLine "two", with commas', tags: ['a', 'b'] }),
      makeWin(2, { text: '-5 stars? no: 🎉 שלום', ticketUrl: 'https://h.example/t/1' }),
    ];
    const csv = await text(csvParts(chunks([wins[0]!], [wins[1]!])));
    expect(csv.startsWith('\uFEFFid,created,kind,text,tags,ticketUrl,site,source,updated\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[1]![3]).toBe('Line one\nLine "two", with commas');
    expect(rows[1]![4]).toBe('a; b');
    expect(rows[2]![3]).toBe("'-5 stars? no: 🎉 שלום");
    expect(csvRow(wins[1]!).split(',')).toHaveLength(9);
  });
});

const labels: BragLabels = {
  title: 'My wins',
  subtitle: 'Q4 · 3 wins',
  kinds: {
    compliment: 'Compliments',
    save: 'Saves',
    'thank-you': 'Thank-yous',
    teamwork: 'Teamwork',
    learned: 'Learned',
    'above-and-beyond': 'Above and beyond',
  },
  ticketLink: 'ticket',
  empty: 'No wins in this period.',
  formatDate: (ms) => new Date(ms).toISOString().slice(0, 10),
};

describe('Markdown brag document', () => {
  it('escapes markup so win text can never become links, headings or HTML', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) <img onerror=x> # *b* _i_')).toBe(
      '\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\<img onerror\\=x\\> \\# \\*b\\* \\_i\\_',
    );
  });

  it('groups by kind in product order with counts, ticket links and multi-line text kept in the item', async () => {
    const doc = await text(
      bragDocumentParts(
        chunks([
          makeWin(1, { kind: 'save', text: 'Kept a *big* customer\n# not a heading' }),
          makeWin(2, { kind: 'compliment', text: 'Praise', ticketUrl: 'https://h.example/t/1?a=(b)' }),
          makeWin(3, { kind: 'save', text: 'Second save', tags: ['vip'] }),
        ]),
        labels,
      ),
    );
    expect(doc.indexOf('## Compliments (1)')).toBeLessThan(doc.indexOf('## Saves (2)'));
    expect(doc).toContain('Kept a \\*big\\* customer  \n  \\# not a heading');
    expect(doc).toContain('([ticket](<https://h.example/t/1?a=(b)>))');
    expect(doc).toContain('\\#vip');
    expect(doc).not.toContain('No wins in this period');
  });

  it('says so when the period is empty', async () => {
    expect(await text(bragDocumentParts(chunks(), labels))).toContain('No wins in this period\\.');
  });
});

describe('JSON backup', () => {
  it('is valid JSON with the envelope, for zero, one and many chunks', async () => {
    for (const groups of [[], [[makeWin(1)]], [[makeWin(1), makeWin(2)], [], [makeWin(3)]]]) {
      const parsed = JSON.parse(await text(jsonBackupParts(chunks(...groups), 2, 0)));
      expect(parsed).toEqual({
        format: 'heartdesk-journal',
        schemaVersion: 2,
        exportedAt: '1970-01-01T00:00:00.000Z',
        wins: groups.flat(),
      });
    }
  });
});
