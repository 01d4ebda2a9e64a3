import { authorsOf } from '@/lib/dom/author-marks';
import { isShown } from '@/lib/dom/is-shown';
import { linkDensityOf, measureTree, proseOf, type TextMeasure } from '@/lib/dom/text-measures';
import { namedLikeMessage } from '@/lib/dom/thread-markers';

/**
 * Finds a page's message thread on its own, for helpdesks without an adapter
 * (issue 13: walking up from the composer stopped at the reply form's own rows).
 * A thread is a group of sibling blocks of one kind (tag, first class, data
 * attribute names) that read like prose and carry who/when markers; form
 * controls, hidden elements, toolbars, navigation and every form holding an
 * editor (the reply form and its settings) are never part of it. docs/reader.md
 * walks through the scoring.
 */

export interface ThreadFound {
  list: Element;
  /** The message blocks, in page order. */
  blocks: Element[];
  /** Their kind (kindOf), so a later look can re-read the same list cheaply. */
  kind: string;
}

/** Scanning more than this many elements costs too much on a page that changes often. */
const MAX_SCANNED = 8000;
const MIN_BLOCK_PROSE = 12;
const MIN_UNMARKED_AVERAGE = 40;
const MAX_LINK_DENSITY = 0.5;
// A block with more form controls than this is a form or settings panel, not a message.
const MAX_CONTROLS = 2;
const NOT_MESSAGES =
  'a, button, input, select, option, label, svg, img, nav, menu, script, style, template, [role="button"], [role="menuitem"], [role="tab"], [role="option"], [role="toolbar"], [role="menu"], [role="menubar"], [role="tablist"], [role="navigation"]';
const NOT_INSIDE =
  'nav, menu, [role="toolbar"], [role="menu"], [role="menubar"], [role="tablist"], [role="navigation"]';
const EDITORS = 'textarea, [contenteditable]:not([contenteditable="false"]), iframe';

/** Same tag, same first class and the same data-* attribute names; their values (who, ids) may differ. */
function kindOf(element: Element): string {
  const dataNames = element
    .getAttributeNames()
    .filter((name) => name.startsWith('data-'))
    .sort()
    .join(',');
  return `${element.tagName}.${element.classList.item(0) ?? ''}[${dataNames}]`;
}

/** What one search knows about the page, computed once. */
interface Page {
  measures: Map<Element, TextMeasure>;
  /** Forms that hold an editor: the reply form and its rows ("Response: Select a canned response", "Signature"). */
  editorForms: Element[];
  displayNone: Map<Element, boolean>;
}

function pageOf(scope: Element, size: number): Page {
  return {
    measures: measureTree(scope),
    // A form wrapping most of the page (ASP.NET style) is not the reply form, or nothing could be read there.
    editorForms: [...scope.querySelectorAll('form')].filter(
      (form) => form.querySelector(EDITORS) !== null && form.getElementsByTagName('*').length < size * 0.6,
    ),
    displayNone: new Map(),
  };
}

interface Group {
  list: Element;
  kind: string;
  blocks: Element[];
  prose: number;
  markers: number;
  named: number;
}

/** Everything but visibility, which costs the most to ask and is asked of the best groups only. */
function readableBlock(block: Element, page: Page): boolean {
  const measure = page.measures.get(block);
  if (!measure || proseOf(measure) < MIN_BLOCK_PROSE || linkDensityOf(measure) > MAX_LINK_DENSITY) return false;
  if (measure.controls > MAX_CONTROLS || measure.checkbox) return false;
  if (block.matches(NOT_MESSAGES) || block.closest(NOT_INSIDE)) return false;
  return !page.editorForms.some((form) => form.contains(block));
}

function groupOf(container: Element, kind: string, members: Element[], page: Page): Group | null {
  // One block alone is a thread only when it says so (a message class and a who/when header),
  // and never as the only child of a wrapper (osTicket's `#thread-entry-N`): the wrapper is the block.
  if (members.length === 1 && (container.childElementCount === 1 || !namedLikeMessage(members[0]!))) return null;
  return groupOfBlocks(
    container,
    kind,
    members.filter((block) => readableBlock(block, page)),
    page,
  );
}

function groupOfBlocks(container: Element, kind: string, blocks: Element[], page: Page): Group | null {
  if (blocks.length === 0) return null;
  // Author marks (`data-direction="incoming"`, `thread-type-customer`) are who-markers too.
  const authors = blocks.length >= 2 ? authorsOf(blocks) : [];
  const markers = blocks.filter(
    (block, index) => page.measures.get(block)!.marked || (authors[index] ?? 'unknown') !== 'unknown',
  ).length;
  const named = blocks.filter(namedLikeMessage).length;
  if (blocks.length === 1 && markers === 0) return null;
  const prose = blocks.reduce((sum, block) => sum + proseOf(page.measures.get(block)!), 0);
  // Unmarked rows of short text are a table or a list of fields, not people writing.
  if (markers === 0 && named === 0 && prose / blocks.length < MIN_UNMARKED_AVERAGE) return null;
  return { list: container, kind, blocks, prose, markers, named };
}

function groupsIn(container: Element, page: Page): Group[] {
  const byKind = new Map<string, Element[]>();
  for (const child of container.children) {
    const kind = kindOf(child);
    byKind.set(kind, [...(byKind.get(kind) ?? []), child]);
  }
  return [...byKind].flatMap(([kind, members]) => groupOf(container, kind, members, page) ?? []);
}

/**
 * Prose, weighted by how message-like the blocks look. A group whose blocks
 * mostly wrap another marked group (page cards around the history) is a layout
 * section, not the thread, and counts for little.
 */
function score(group: Group, marked: readonly Group[]): number {
  const count = group.blocks.length;
  const wrapsAnother = group.blocks.filter((block) =>
    marked.some((other) => other !== group && block.contains(other.list)),
  ).length;
  const looks = 1 + (2 * group.markers) / count + group.named / count;
  return group.prose * looks * (wrapsAnother > count / 2 ? 0.2 : 1) * (count >= 2 ? 1 : 0.6);
}

export function findThread(scope: Element): ThreadFound | null {
  const all = scope.getElementsByTagName('*');
  if (all.length > MAX_SCANNED) return null;
  const page = pageOf(scope, all.length);
  const groups: Group[] = [];
  for (const container of [scope, ...all]) {
    if (container.childElementCount === 0 || container.matches(NOT_MESSAGES)) continue;
    groups.push(...groupsIn(container, page));
  }
  const marked = groups.filter((group) => group.markers * 2 >= group.blocks.length);
  const ranked = groups.map((group) => ({ group, score: score(group, marked) })).sort((a, b) => b.score - a.score);
  // The best group whose blocks the agent can see (a hidden panel can outscore the thread on text).
  for (const { group } of ranked) {
    const shown = group.blocks.filter((block) => isShown(block, page.displayNone));
    const visible = shown.length === group.blocks.length ? group : groupOfBlocks(group.list, group.kind, shown, page);
    if (visible) return { list: visible.list, blocks: visible.blocks, kind: visible.kind };
  }
  return null;
}

/**
 * The same list read again (new messages arrive there): only its children of the
 * same kind are looked at. Null when the list no longer holds any, and a full
 * search is due.
 */
export function refreshThread(found: ThreadFound): ThreadFound | null {
  const { list, kind } = found;
  if (!list.isConnected) return null;
  const page = pageOf(list, list.getElementsByTagName('*').length);
  const members = [...list.children].filter((child) => kindOf(child) === kind);
  const blocks = members.filter((block) => readableBlock(block, page) && isShown(block, page.displayNone));
  return blocks.length > 0 ? { list, blocks, kind } : null;
}
