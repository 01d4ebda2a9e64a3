/**
 * Issue 19: the regex growth test times each pattern alone, which cannot see code that
 * runs linear patterns in a quadratic loop (the pre-send check sliced the sentence before
 * every match until this bench found it). This times the entry points page text and
 * drafts go through — the analysis of a draft, of the customer's messages, the thank-you
 * quote's redaction and the reader's text walk — on every adversarial shape at 2,000 and
 * 20,000 characters, and reports each one's worst growth (linear is ×10; the checker in
 * tests/regex/code-growth.ts subtracts what every call costs whatever the text).
 *
 * A bench, not a test: whole entry points cost hundreds of microseconds, where a busy
 * machine's noise moves a ratio by half; the checker's own test shows it telling a
 * quadratic loop from a linear one. Run alone: `npx tsx tests/bench/entry-growth.ts`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '@/lib/analysis';
import { redactQuote } from '@/lib/coach/redact';
import { readBlockText } from '@/lib/dom/read-block-text';
import { clearTextMemos } from '@/lib/engine/text-memo';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { ADVERSARIAL_SHAPES } from '@/tests/fixtures/adversarial/shapes';
import { codeGrowthOver } from '@/tests/regex/code-growth';
import { MAX_GROWTH, type Growth } from '@/tests/regex/growth';

// A distinct tail per call, so no cache answers for text it has seen: every call is cold.
// The tail replaces the text's last characters, so 20,000 stays within the message cap:
// cutting at the cap is a path of its own that 2,000 characters never take, which would
// make the two sizes incomparable.
let serial = 0;
const fresh = (text: string) => {
  const tail = ` ${++serial}`;
  return `${text.slice(0, text.length - tail.length)}${tail}`;
};

// The draft and the customer's messages are grown apart: grown together, the messages'
// linear cost at 2,000 characters hides a quadratic draft path. The customer's message is
// a bare greeting for the same reason: a question brings in work on the draft that is
// linear but large at 2,000 characters.
function analyzeDraft(text: string) {
  clearTextMemos();
  return analyze({
    draft: text,
    customerMessages: [`Hello ${++serial}`],
    locale: 'en',
    settings: DEFAULT_ENGINE_SETTINGS,
  });
}

function analyzeMessages(text: string) {
  clearTextMemos();
  return analyze({
    draft: `Thanks for waiting. ${++serial}`,
    customerMessages: [fresh(text), fresh(text)],
    locale: 'en',
    settings: DEFAULT_ENGINE_SETTINGS,
  });
}

const redactFresh = (text: string) => redactQuote(fresh(text));

/** The reader on a text node, and on the same text inside <pre> (kept verbatim). */
function readAsPage(text: string) {
  const node = { nodeType: 3, nodeValue: text, nextSibling: null };
  const pre = { nodeType: 1, tagName: 'PRE', firstChild: node, hasAttribute: () => false, matches: () => false };
  return readBlockText(node as unknown as Node) + readBlockText(pre as unknown as Node);
}

export const ENTRIES = [
  ['analyze a draft', analyzeDraft],
  ["analyze the customer's messages", analyzeMessages],
  ['redact a thank-you quote', redactFresh],
  ['read a text node', readAsPage],
] as const;

export interface EntryGrowth {
  entry: string;
  worst: Growth;
  /** Shapes whose growth passed the limit after re-measuring (the regex test's ×35). */
  superLinear: Growth[];
}

export function benchEntryGrowth({ minMs = 4 } = {}): EntryGrowth[] {
  return ENTRIES.map(([entry, run]) => ({ entry, ...codeGrowthOver(run, ADVERSARIAL_SHAPES, { minMs }) }));
}

function main() {
  for (const { entry, worst, superLinear } of benchEntryGrowth()) {
    const flag = superLinear.length > 0 ? `  over ×${MAX_GROWTH}: ${superLinear.map((g) => g.shape).join(', ')}` : '';
    console.log(`${entry.padEnd(34)} worst ×${worst.ratio.toFixed(1)} (${worst.shape})${flag}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
