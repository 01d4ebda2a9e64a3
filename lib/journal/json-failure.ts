/**
 * What went wrong with a JSON text, in terms an agent can act on, never the
 * parser's own words ("Expected double-quoted property name…" means nothing to
 * them). A file that stops mid-way was cut short while saving or copying; any
 * other failure is damage or a hand edit, placed by line when the engine says where.
 */
export type JsonFailure = { kind: 'cut-short' } | { kind: 'damaged'; line?: number };

/** V8 says "at position N" (newer ones add "(line L …)"); Firefox says "at line L column C". */
function reportedLine(text: string, message: string): number | undefined {
  const line = /\bline (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /\bposition (\d+)/.exec(message);
  if (!position) return undefined;
  const offset = Math.min(Number(position[1]), text.length);
  let lines = 1;
  for (let index = 0; index < offset; index += 1) if (text.charCodeAt(index) === 10) lines += 1;
  return lines;
}

/** True when the text stops inside a string or with brackets still open: the tail is missing. */
function endsOpen(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92)
        index += 1; // backslash: skip the escaped character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) depth += 1;
    else if (code === 125 || code === 93) depth -= 1;
  }
  return inString || depth > 0;
}

export function describeJsonFailure(text: string, error: unknown): JsonFailure {
  if (endsOpen(text)) return { kind: 'cut-short' };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'damaged', line: reportedLine(text, message) };
}
