/**
 * Where a JSON text first goes wrong, as line and column (1-based). Browsers
 * word JSON.parse errors differently (and Node 20's often omit the position),
 * so we find the spot ourselves: a syntax-only scan, iterative so deep nesting
 * cannot overflow the stack. Returns null when the text is valid JSON.
 */
export interface TextPosition {
  line: number;
  column: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON forbids raw control characters inside strings; the class below excludes them on purpose.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

export function firstJsonErrorOffset(text: string): number | null {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
  };
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  const matchLiteral = (): boolean => {
    const word = LITERALS.find((candidate) => text.startsWith(candidate, i));
    if (word) i += word.length;
    return word !== undefined;
  };
  // Each frame is '[' or '{'; `state` is what the scanner expects next.
  const stack: string[] = [];
  let state: 'value' | 'after-value' | 'key' | 'first-key' | 'first-value' = 'value';
  for (;;) {
    skip();
    const ch = text[i];
    if (state === 'value' || state === 'first-value') {
      if (state === 'first-value' && ch === ']') {
        stack.pop();
        i++;
        state = 'after-value';
        continue;
      }
      if (ch === '{') {
        stack.push('{');
        i++;
        state = 'first-key';
        continue;
      }
      if (ch === '[') {
        stack.push('[');
        i++;
        state = 'first-value';
        continue;
      }
      if (ch === '"' ? match(STRING) : match(NUMBER) || matchLiteral()) {
        state = 'after-value';
        continue;
      }
      return i;
    }
    if (state === 'key' || state === 'first-key') {
      if (state === 'first-key' && ch === '}') {
        stack.pop();
        i++;
        state = 'after-value';
        continue;
      }
      if (ch !== '"' || !match(STRING)) return i;
      skip();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
      continue;
    }
    // after-value
    const top = stack[stack.length - 1];
    if (top === undefined) return i < text.length ? i : null;
    if (ch === ',') {
      i++;
      state = top === '{' ? 'key' : 'value';
      continue;
    }
    if ((top === '{' && ch === '}') || (top === '[' && ch === ']')) {
      stack.pop();
      i++;
      continue;
    }
    return i;
  }
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text[index] === '\n') {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
