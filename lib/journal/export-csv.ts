import type { Win } from '@/lib/journal/win-schema';

/**
 * CSV per RFC 4180 (CRLF rows, fields with quotes, separators or line breaks
 * quoted, quotes doubled). Cells a spreadsheet would run as a formula (= + - @
 * and their full-width forms, also behind leading spaces, tabs or CRs some apps
 * strip first) get a leading apostrophe (OWASP "CSV injection"), since win text
 * often quotes customers. Every cell holding a separator any spreadsheet splits
 * on (comma, semicolon, tab) is quoted, so "great;=1+1" never becomes a cell
 * starting with "=" in a semicolon locale (issue 19).
 */
export const CSV_COLUMNS = ['id', 'created', 'kind', 'text', 'tags', 'ticketUrl', 'site', 'source', 'updated'] as const;

const FORMULA_START = /^[\t\r\n ]*[=+\-@＝＋－＠]|^[\t\r]/;
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const isoOrEmpty = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

export function csvRow(win: Win): string {
  return [
    win.id,
    isoOrEmpty(win.createdAt),
    win.kind,
    win.text,
    win.tags.join('; '),
    win.ticketUrl ?? '',
    win.site ?? '',
    win.source,
    isoOrEmpty(win.updatedAt),
  ]
    .map(csvCell)
    .join(',');
}

/** BOM first so spreadsheet apps read UTF-8 (emoji, RTL) correctly. */
export async function* csvParts(chunks: AsyncIterable<readonly Win[]>): AsyncGenerator<string> {
  yield `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
  for await (const chunk of chunks) {
    if (chunk.length > 0) yield chunk.map((win) => `${csvRow(win)}\r\n`).join('');
  }
}
