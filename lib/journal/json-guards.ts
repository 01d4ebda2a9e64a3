/**
 * Checks on parsed, untrusted JSON, done with an explicit stack (no recursion)
 * so hostile input (100,000 nested brackets) cannot overflow ours. Paths are
 * built only for the one problem reported, keeping the walk cheap at 100,000 wins.
 */

/** Keys that could reach Object.prototype if the data were ever merged with spread/assign. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonProblem = { kind: 'too-deep' } | { kind: 'forbidden-key'; path: string };

interface Frame {
  value: object;
  depth: number;
  parent?: Frame;
  key?: string | number;
}

function pathOf(frame: Frame, key: string): string {
  const parts: Array<string | number> = [key];
  for (let current: Frame | undefined = frame; current?.key !== undefined; current = current.parent) {
    parts.unshift(current.key);
  }
  return parts
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

/** The first structural problem: nesting deeper than `maxDepth` containers, or a forbidden key (with its path). */
export function inspectJson(value: unknown, maxDepth: number): JsonProblem | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const stack: Frame[] = [{ value, depth: 1 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > maxDepth) return { kind: 'too-deep' };
    const current = frame.value;
    if (Array.isArray(current)) {
      current.forEach((item: unknown, index) => {
        if (item && typeof item === 'object')
          stack.push({ value: item, depth: frame.depth + 1, parent: frame, key: index });
      });
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', path: pathOf(frame, key) };
      const child: unknown = (current as Record<string, unknown>)[key];
      if (child && typeof child === 'object') stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
    }
  }
  return undefined;
}
