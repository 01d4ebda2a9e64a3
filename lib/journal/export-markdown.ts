import { WIN_KINDS, type Win, type WinKind } from '@/lib/journal/win-schema';

/** Words of the brag document, passed in (from t()) so this stays pure and translatable. */
export interface BragLabels {
  title: string;
  /** e.g. "1 March 2026 – 31 May 2026 · 42 wins". */
  subtitle: string;
  kinds: Record<WinKind, string>;
  ticketLink: string;
  empty: string;
  formatDate: (ms: number) => string;
}

// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start markup.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&=:"]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (character) => `\\${character}`);
}

/** A win's text as one list item: each line escaped, continuation lines indented under the bullet. */
function listItemText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeMarkdown(line.trim()))
    .filter((line) => line.length > 0)
    .join('  \n  ');
}

/** Angle-bracket destination: `new URL().href` percent-encodes spaces and angle brackets. */
function linkDestination(url: string): string {
  return `<${new URL(url).href}>`;
}

function item(win: Win, labels: BragLabels): string {
  const date = escapeMarkdown(labels.formatDate(win.createdAt));
  const tags = win.tags.length > 0 ? ` — ${win.tags.map((tag) => `\\#${escapeMarkdown(tag)}`).join(' ')}` : '';
  const link = win.ticketUrl ? ` ([${escapeMarkdown(labels.ticketLink)}](${linkDestination(win.ticketUrl)}))` : '';
  return `- **${date}**: ${listItemText(win.text)}${tags}${link}`;
}

/**
 * A brag document for a period: one section per kind (in the product's kind
 * order), oldest first inside each, so it reads like a record of growth.
 */
export async function* bragDocumentParts(
  chunks: AsyncIterable<readonly Win[]>,
  labels: BragLabels,
): AsyncGenerator<string> {
  const byKind = new Map<WinKind, string[]>();
  for await (const chunk of chunks) {
    for (const win of chunk) {
      const lines = byKind.get(win.kind) ?? [];
      lines.push(item(win, labels));
      byKind.set(win.kind, lines);
    }
  }
  yield `# ${escapeMarkdown(labels.title)}\n\n${escapeMarkdown(labels.subtitle)}\n`;
  if (byKind.size === 0) yield `\n${escapeMarkdown(labels.empty)}\n`;
  for (const kind of WIN_KINDS) {
    const lines = byKind.get(kind);
    if (!lines) continue;
    yield `\n## ${escapeMarkdown(labels.kinds[kind])} (${lines.length})\n\n${lines.join('\n')}\n`;
  }
}
