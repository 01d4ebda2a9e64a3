import { describe, expect, it } from 'vitest';
import { csvCell, csvParts, csvRow } from '@/lib/journal/export-csv';
import { bragMarkdown, bragPlainText, escapeMarkdown, groupByKind, type BragLabels } from '@/lib/journal/brag-document';
import { backupFileParts } from '@/lib/journal/export-backup';
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
  period: '1 October 2026 to 31 December 2026',
  total: '3 wins',
  section: (kind, count) => `${kind} · ${count} ${count === 1 ? 'win' : 'wins'}`,
  ticket: 'Ticket',
  note: 'Note',
  tags: 'Tags',
  empty: 'No wins were logged in this period.',
  formatDate: (ms) => new Date(ms).toISOString().slice(0, 10),
};

const issueWins = [
  makeWin(1, { kind: 'save', text: 'chargeback: refunded (edited)', tags: ['refunds', 'de-escalation'] }),
  makeWin(2, {
    kind: 'compliment',
    text: 'Praise',
    ticketUrl: 'https://h.example/t/1?a=(b)',
    ticketSubject: 'Refund [urgent] for order 4471',
    note: 'Third try worked',
  }),
  makeWin(3, { kind: 'save', text: 'Kept a *big* customer\n# not a heading\n1. not a list\n> not a quote' }),
];

describe('brag document', () => {
  it('plain text has no escaping at all, groups by kind with counts, and keeps subject, link, note and tags', () => {
    const text = bragPlainText(groupByKind(issueWins), labels);
    expect(text).not.toContain('\\');
    expect(text.indexOf('COMPLIMENT · 1 WIN')).toBeLessThan(text.indexOf('SAVE · 2 WINS'));
    expect(text).toContain(`• ${labels.formatDate(issueWins[0]!.createdAt)} — chargeback: refunded (edited)`);
    expect(text).toContain('Tags: #refunds #de-escalation');
    expect(text).toContain('Ticket: Refund [urgent] for order 4471 (https://h.example/t/1?a=(b))');
    expect(text).toContain('Note: Third try worked');
    expect(text).toContain('  # not a heading');
  });

  it('Markdown escapes only what would become markup (the issue’s examples stay as typed)', () => {
    expect(escapeMarkdown('chargeback: refunded')).toBe('chargeback: refunded');
    expect(escapeMarkdown('#refunds #de-escalation')).toBe('#refunds #de-escalation');
    expect(escapeMarkdown('(edited)')).toBe('(edited)');
    expect(escapeMarkdown('snake_case and 3.5 stars!')).toBe('snake_case and 3.5 stars!');
    expect(escapeMarkdown('[x](javascript:alert(1)) <img onerror=x> *b* _i_ `code` ~~gone~~ &amp;')).toBe(
      '\\[x\\](javascript:alert(1)) \\<img onerror=x> \\*b\\* \\_i\\_ \\`code\\` \\~\\~gone\\~\\~ \\&amp;',
    );
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('#hashtag at the start')).toBe('#hashtag at the start');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('===')).toBe('\\===');
  });

  it('Markdown groups by kind with counts, links the subject, and keeps multi-line text in its item', () => {
    const doc = bragMarkdown(groupByKind(issueWins), labels);
    expect(doc.indexOf('## compliment · 1 win')).toBeLessThan(doc.indexOf('## save · 2 wins'));
    expect(doc).toContain('chargeback: refunded (edited)');
    expect(doc).toContain('#refunds #de-escalation');
    expect(doc).toContain('Ticket: [Refund \\[urgent\\] for order 4471](<https://h.example/t/1?a=(b)>)');
    expect(doc).toContain('Kept a \\*big\\* customer  \n  \\# not a heading  \n  1\\. not a list  \n  \\> not a quote');
    expect(doc).not.toContain('No wins were logged');
  });

  it('says so when the period is empty', () => {
    expect(bragMarkdown([], labels)).toContain('No wins were logged in this period.');
    expect(bragPlainText([], labels)).toContain('No wins were logged in this period.');
  });
});

describe('backup file', () => {
  it('is valid JSON with the envelope and every part, for zero, one and many chunks of wins', async () => {
    const small = [{ id: 'settings', version: 1, data: { quietMode: true } }];
    for (const groups of [[], [[makeWin(1)]], [[makeWin(1), makeWin(2)], [], [makeWin(3)]]]) {
      const written = await text(backupFileParts({ exportedAt: 0, madeBy: '0.1.0' }, small, chunks(...groups)));
      expect(JSON.parse(written)).toEqual({
        format: 'heartdesk-backup',
        version: 2,
        exportedAt: '1970-01-01T00:00:00.000Z',
        madeBy: '0.1.0',
        parts: { settings: { version: 1, data: { quietMode: true } }, wins: { version: 3, data: groups.flat() } },
      });
      // One win per line, so two backups diff readably.
      expect(written.split('\n').filter((line) => line.startsWith('{"id"'))).toHaveLength(groups.flat().length);
    }
  });
});
