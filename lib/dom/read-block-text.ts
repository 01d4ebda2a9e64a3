/**
 * Plain text of an element as a reader would see it: one newline between
 * blocks, `<br>` as a newline, source indentation collapsed. Written instead of
 * `innerText` because innerText needs layout (absent in tests, and it differs
 * between browsers on `<p>` spacing), and because we must skip parts of a
 * message (signatures, read indicators) without cloning or mutating the host DOM.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Never text a person reads. */
const INVISIBLE_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'HEAD', 'TITLE']);

export interface BlockTextOptions {
  /** Selector of descendants to leave out (signatures, quoted history, indicators). */
  skip?: string;
  /** Descendants to leave out by a test a selector cannot express (class words, for one). */
  skipWhen?: (element: Element) => boolean;
}

export function readBlockText(root: Node, options: BlockTextOptions = {}): string {
  // Chunks remember whether they are preformatted, so trimming never touches <pre> text.
  const out: { text: string; pre: boolean }[] = [];
  let pendingBreak = false;
  const last = () => out[out.length - 1];
  const endsWithBreak = () => out.length === 0 || last()!.text.endsWith('\n');
  const newline = () => {
    const previous = last();
    if (previous && !previous.pre) previous.text = trimEnd(previous.text, SPACE_ONLY);
    out.push({ text: '\n', pre: false });
  };
  const flushBreak = () => {
    if (pendingBreak) newline();
    pendingBreak = false;
  };

  const visit = (node: Node, preformatted: boolean): void => {
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      let text = preformatted ? raw : raw.replace(/[\t\n\r ]+/g, ' ');
      if (text === '' || (!preformatted && text === ' ' && pendingBreak)) return;
      flushBreak();
      if (!preformatted && (endsWithBreak() || last()!.text.endsWith(' '))) text = text.replace(/^ /, '');
      if (text !== '') out.push({ text, pre: preformatted });
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (INVISIBLE_TAGS.has(element.tagName) || element.hasAttribute('hidden')) return;
    if (element !== root && options.skip && element.matches(options.skip)) return;
    if (element !== root && options.skipWhen?.(element)) return;
    if (element.tagName === 'BR') {
      flushBreak();
      newline();
      return;
    }
    const isBlock = BLOCK_TAGS.has(element.tagName);
    if (isBlock && !endsWithBreak()) pendingBreak = true;
    const pre = preformatted || element.tagName === 'PRE' || element.tagName === 'TEXTAREA';
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child, pre);
    if (isBlock && !endsWithBreak()) pendingBreak = true;
  };

  visit(root, false);
  return trimEnd(trimStart(out.map((chunk) => chunk.text).join('')), SPACE_OR_NEWLINE);
}

// Trimmed by hand: `/ +$/` and `/[ \n]+$/` retry every position of a long run that is not
// at the end, which took 0.35 s on a pasted run of spaces (issue 19).
const SPACE_ONLY = (code: number) => code === 32;
const SPACE_OR_NEWLINE = (code: number) => code === 32 || code === 10;

function trimStart(text: string): string {
  let start = 0;
  while (start < text.length && SPACE_OR_NEWLINE(text.charCodeAt(start))) start++;
  return start === 0 ? text : text.slice(start);
}

function trimEnd(text: string, trimmed: (code: number) => boolean): string {
  let end = text.length;
  while (end > 0 && trimmed(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
