import { WIN_KINDS, type Win, type WinKind } from '@/lib/journal/win-schema';

/**
 * A brag document for a period: the wins grouped by kind (in the product's kind
 * order, oldest first inside each, so it reads as a record of growth), as plain
 * text to paste anywhere and as Markdown for tools that render it. Words come in
 * as labels (from t()) so this stays pure and translatable.
 */
export interface BragLabels {
  title: string;
  /** "1 September 2026 to 30 November 2026". */
  period: string;
  /** "42 wins". */
  total: string;
  /** Section heading for a kind with its count: "Thank-you · 12 wins". */
  section: (kind: WinKind, count: number) => string;
  ticket: string;
  note: string;
  tags: string;
  empty: string;
  formatDate: (ms: number) => string;
}

export interface BragSection {
  kind: WinKind;
  wins: Win[];
}

export function groupByKind(wins: Iterable<Win>): BragSection[] {
  const byKind = new Map<WinKind, Win[]>();
  for (const win of wins) byKind.set(win.kind, [...(byKind.get(win.kind) ?? []), win]);
  return WIN_KINDS.flatMap((kind) => {
    const group = byKind.get(kind);
    return group ? [{ kind, wins: group.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)) }] : [];
  });
}

const lines = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

const tagList = (win: Win) => win.tags.map((tag) => `#${tag}`).join(' ');

/** Plain text: nothing escaped, nothing to render; reads the same in a chat, an email or a review form. */
export function bragPlainText(sections: readonly BragSection[], labels: BragLabels): string {
  const out = [labels.title, labels.period, labels.total, ''];
  if (sections.length === 0) out.push(labels.empty, '');
  for (const section of sections) {
    out.push(labels.section(section.kind, section.wins.length).toUpperCase(), '');
    for (const win of section.wins) {
      const [first = '', ...rest] = lines(win.text);
      out.push(`• ${labels.formatDate(win.createdAt)} — ${first}`, ...rest.map((line) => `  ${line}`));
      if (win.ticketSubject || win.ticketUrl) {
        const where = [win.ticketSubject, win.ticketUrl && `(${win.ticketUrl})`].filter(Boolean).join(' ');
        out.push(`  ${labels.ticket}: ${where}`);
      }
      if (win.note)
        out.push(...lines(win.note).map((line, index) => `  ${index === 0 ? `${labels.note}: ` : ''}${line}`));
      if (win.tags.length > 0) out.push(`  ${labels.tags}: ${tagList(win)}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// Characters that open inline markup wherever they stand (CommonMark + GFM strikethrough).
const INLINE_MARKUP = /[\\`*[\]<]|~~|&(?=#?\w+;)|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
// Characters that make a block only at the start of a line.
const BLOCK_STARTS: RegExp[] = [
  /^(#{1,6})(?=\s|$)/, // heading: "# " (a hashtag like "#refunds" is not one)
  /^(>)/, // quote
  /^([-+])(?=\s|$)/, // list item ("*" is escaped inline)
  /^\d{1,9}([.)])(?=\s|$)/, // numbered item: "1. ", "2) "
  /^(~~~)/, // fence ("```" is escaped inline)
  /^(=+|-+)\s*$/, // underline that would turn the line above into a heading
];

/**
 * Markdown escaping only where a character would otherwise become markup, so a
 * pasted document never shows stray backslashes ("chargeback: refunded", "#refunds"
 * and "(edited)" stay as typed) and win text can never become a link, HTML or a heading.
 */
export function escapeMarkdown(line: string): string {
  const inline = line.replace(INLINE_MARKUP, (match) => match.replace(/./gu, (character) => `\\${character}`));
  for (const pattern of BLOCK_STARTS) {
    const found = pattern.exec(inline);
    if (!found?.[1]) continue;
    const at = found.index + found[0].indexOf(found[1]);
    return `${inline.slice(0, at)}\\${inline.slice(at)}`;
  }
  return inline;
}

/** Angle-bracket destination: `new URL().href` percent-encodes spaces and angle brackets. */
const destination = (url: string) => `<${new URL(url).href}>`;

function markdownItem(win: Win, labels: BragLabels): string {
  const [first = '', ...rest] = lines(win.text).map(escapeMarkdown);
  const out = [`- **${escapeMarkdown(labels.formatDate(win.createdAt))}** — ${first}`];
  out.push(...rest.map((line) => `  ${line}`));
  const details: string[] = [];
  if (win.ticketUrl) {
    details.push(
      `${labels.ticket}: [${escapeMarkdown(win.ticketSubject ?? win.site ?? win.ticketUrl)}](${destination(win.ticketUrl)})`,
    );
  } else if (win.ticketSubject) details.push(`${labels.ticket}: ${escapeMarkdown(win.ticketSubject)}`);
  if (win.note) details.push(`${labels.note}: ${lines(win.note).map(escapeMarkdown).join(' ')}`);
  if (win.tags.length > 0) details.push(escapeMarkdown(tagList(win)));
  if (details.length > 0) out.push(`  ${details.join(' · ')}`);
  // Two trailing spaces: a line break inside the list item, not a new paragraph.
  return out.join('  \n');
}

export function bragMarkdown(sections: readonly BragSection[], labels: BragLabels): string {
  const out = [
    `# ${escapeMarkdown(labels.title)}`,
    '',
    `${escapeMarkdown(labels.period)} · ${escapeMarkdown(labels.total)}`,
  ];
  if (sections.length === 0) out.push('', escapeMarkdown(labels.empty));
  for (const section of sections) {
    out.push('', `## ${escapeMarkdown(labels.section(section.kind, section.wins.length))}`, '');
    out.push(...section.wins.map((win) => markdownItem(win, labels)));
  }
  return `${out.join('\n')}\n`;
}
