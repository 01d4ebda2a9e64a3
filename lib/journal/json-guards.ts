/**
 * Checks on untrusted JSON, done without recursion so hostile input (100,000
 * nested brackets) cannot overflow the stack.
 */

/** Deepest bracket nesting in a JSON text, ignoring brackets inside strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92 /* \ */) index += 1;
      else if (code === 34 /* " */) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 /* { */ || code === 91 /* [ */) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (code === 125 /* } */ || code === 93 /* ] */) depth -= 1;
  }
  return deepest;
}

/** Keys that could reach Object.prototype if the data were ever merged with spread/assign. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Path of the first forbidden key (e.g. `wins[3].__proto__`), or undefined. */
export function findForbiddenKey(value: unknown): string | undefined {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (!current || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]` }));
      continue;
    }
    for (const key of Object.keys(current)) {
      const childPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return childPath;
      stack.push({ value: (current as Record<string, unknown>)[key], path: childPath });
    }
  }
  return undefined;
}
