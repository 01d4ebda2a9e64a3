import type { Win } from '@/lib/journal/win-schema';

/**
 * CSV per RFC 4180 (CRLF rows, fields with quotes, commas or line breaks
 * quoted, quotes doubled). Cells a spreadsheet would run as a formula (= + - @,
 * and tab/CR which some apps strip first) get a leading apostrophe (OWASP
 * "CSV injection"), since win text often quotes customers.
 */
export const CSV_COLUMNS = ['id', 'created', 'kind', 'text', 'tags', 'ticketUrl', 'site', 'source', 'updated'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

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
