/**
 * Thread blocks oldest first. Most helpdesks list the oldest message first; some
 * list the newest first (FreeScout). The page tells which when every block
 * carries a <time datetime> or a numeric id (`thread-9051`, `thread-entry-7781`,
 * `data-transaction-id`): times and ids only grow, so a run that only falls is
 * newest first and is turned round. Without such marks, page order is kept.
 */

function timeOf(block: Element): number | null {
  const datetime = block.querySelector('time[datetime]')?.getAttribute('datetime');
  const when = datetime ? Date.parse(datetime) : NaN;
  return Number.isNaN(when) ? null : when;
}

function idNumberOf(block: Element): number | null {
  const dataId = block.getAttributeNames().find((name) => /^data-.*id$/.test(name));
  const value = block.id || (dataId ? (block.getAttribute(dataId) ?? '') : '');
  const digits = /(\d+)\D*$/.exec(value)?.[1];
  return digits ? Number(digits) : null;
}

function onlyFalls(keys: readonly (number | null)[]): boolean {
  return keys.length >= 2 && keys.every((key, index) => key !== null && (index === 0 || key < keys[index - 1]!));
}

export function oldestFirst<T extends Element>(blocks: readonly T[]): T[] {
  const newestFirst = onlyFalls(blocks.map(timeOf)) || onlyFalls(blocks.map(idNumberOf));
  return newestFirst ? [...blocks].reverse() : [...blocks];
}
