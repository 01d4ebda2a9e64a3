export interface Replacement {
  start: number;
  end: number;
  label: string;
}

/** `text` with each span (sorted, not overlapping) replaced by its label, in one pass. */
export function replaceSpans(text: string, spans: readonly Replacement[]): string {
  if (spans.length === 0) return text;
  let result = '';
  let at = 0;
  for (const { start, end, label } of spans) {
    result += text.slice(at, start) + label;
    at = end;
  }
  return result + text.slice(at);
}
