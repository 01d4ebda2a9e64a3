/**
 * The message list near a composer, for pages we have no adapter for: walking
 * up from the composer, the first ancestor that holds a group of similar
 * sibling blocks with real text is taken as the thread. Returns null when
 * unsure (no group, or a page too large to scan cheaply).
 */

export interface RepeatedBlocks {
  list: Element;
  blocks: Element[];
}

/** Scanning more than this many elements per ancestor costs too much on a keystroke path. */
const MAX_SCANNED = 4000;
const MIN_AVERAGE_TEXT = 15;
const CONTROL_SELECTOR =
  'a, button, input, select, option, label, svg, img, nav, menu, [role="button"], [role="menuitem"], [role="tab"], [role="option"], [role="toolbar"]';

/** Same tag, same first class and same data-* attribute names; values (customer/agent, ids) may differ. */
function signature(element: Element): string {
  const dataNames = element
    .getAttributeNames()
    .filter((name) => name.startsWith('data-'))
    .sort()
    .join(',');
  return `${element.tagName}.${element.classList.item(0) ?? ''}[${dataNames}]`;
}

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function groupsIn(container: Element, composer: Element): Element[][] {
  const groups = new Map<string, Element[]>();
  for (const child of container.children) {
    if (child.contains(composer) || child.matches(CONTROL_SELECTOR)) continue;
    const key = signature(child);
    groups.set(key, [...(groups.get(key) ?? []), child]);
  }
  return [...groups.values()].filter((members) => {
    if (members.length < 2) return false;
    const lengths = members.map(textLength);
    const total = lengths.reduce((sum, length) => sum + length, 0);
    return lengths.filter((length) => length > 0).length >= 2 && total / members.length >= MIN_AVERAGE_TEXT;
  });
}

function depthBelow(element: Element, ancestor: Element): number {
  let depth = 0;
  for (let node: Element | null = element; node && node !== ancestor; node = node.parentElement) depth++;
  return depth;
}

export function findRepeatedBlocks(composer: Element, boundary: Element): RepeatedBlocks | null {
  for (let ancestor = composer.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const descendants = ancestor.getElementsByTagName('*');
    if (descendants.length > MAX_SCANNED) return null;
    let best: { list: Element; blocks: Element[]; text: number; depth: number } | null = null;
    for (const container of [ancestor, ...descendants]) {
      if (composer.contains(container)) continue;
      for (const blocks of groupsIn(container, composer)) {
        const text = blocks.reduce((sum, block) => sum + textLength(block), 0);
        const depth = depthBelow(container, ancestor);
        // Most text wins: a message list holds more text than the paragraphs of one message.
        if (!best || text > best.text || (text === best.text && depth < best.depth)) {
          best = { list: container, blocks, text, depth };
        }
      }
    }
    if (best) return { list: best.list, blocks: best.blocks };
    if (ancestor === boundary) break;
  }
  return null;
}
