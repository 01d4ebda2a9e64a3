import { authorsOf } from '@/lib/dom/author-marks';
import { isShown } from '@/lib/dom/is-shown';
import { controlCount, linkDensity, proseLength } from '@/lib/dom/prose';
import { hasAuthorOrTime, namedLikeMessage } from '@/lib/dom/thread-markers';

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

/**
 * Forms that hold an editor: the reply form and its rows ("Response: Select a
 * canned response", "Signature", "Ticket Status"). A form wrapping most of the
 * page (ASP.NET style) is not one of them, or nothing could ever be read there.
 */
function editorForms(scope: Element, scanned: number): Element[] {
  return [...scope.querySelectorAll('form')].filter(
    (form) => form.querySelector(EDITORS) !== null && form.getElementsByTagName('*').length < scanned * 0.6,
  );
}

interface Group {
  list: Element;
  blocks: Element[];
  prose: number;
  markers: number;
  named: number;
}

function readableBlock(block: Element, forms: readonly Element[]): boolean {
  if (block.matches(NOT_MESSAGES) || block.closest(NOT_INSIDE)) return false;
  if (forms.some((form) => form.contains(block))) return false;
  // A selection checkbox marks a row of a list (a queue), never a message.
  if (controlCount(block) > MAX_CONTROLS || block.querySelector('input[type="checkbox"]')) return false;
  if (proseLength(block) < MIN_BLOCK_PROSE || linkDensity(block) > MAX_LINK_DENSITY) return false;
  return isShown(block);
}

function groupsOf(container: Element, forms: readonly Element[]): Group[] {
  const byKind = new Map<string, Element[]>();
  for (const child of container.children) {
    const kind = kindOf(child);
    byKind.set(kind, [...(byKind.get(kind) ?? []), child]);
  }
  const groups: Group[] = [];
  for (const members of byKind.values()) {
    const blocks = members.filter((block) => readableBlock(block, forms));
    if (blocks.length === 0) continue;
    // Author marks (`data-direction="incoming"`, `thread-type-customer`) are who-markers too.
    const authors = blocks.length >= 2 ? authorsOf(blocks) : [];
    const markers = blocks.filter(
      (block, index) => hasAuthorOrTime(block) || (authors[index] ?? 'unknown') !== 'unknown',
    ).length;
    const named = blocks.filter(namedLikeMessage).length;
    // One block alone is a thread only when it says so (a message class and a who/when header),
    // and never as the only child of a wrapper (osTicket's `#thread-entry-N`): the wrapper is the block.
    if (blocks.length === 1 && (markers === 0 || named === 0 || container.childElementCount === 1)) continue;
    const prose = blocks.reduce((sum, block) => sum + proseLength(block), 0);
    // Unmarked rows of short text are a table or a list of fields, not people writing.
    if (markers === 0 && named === 0 && prose / blocks.length < MIN_UNMARKED_AVERAGE) continue;
    groups.push({ list: container, blocks, prose, markers, named });
  }
  return groups;
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
  const forms = editorForms(scope, all.length);
  const groups: Group[] = [];
  for (const container of [scope, ...all]) {
    if (container.childElementCount === 0 || container.matches(NOT_MESSAGES)) continue;
    groups.push(...groupsOf(container, forms));
  }
  const marked = groups.filter((group) => group.markers * 2 >= group.blocks.length);
  let best: { group: Group; score: number } | null = null;
  for (const group of groups) {
    const value = score(group, marked);
    if (!best || value > best.score) best = { group, score: value };
  }
  return best ? { list: best.group.list, blocks: best.group.blocks } : null;
}
