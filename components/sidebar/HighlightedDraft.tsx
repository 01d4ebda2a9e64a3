import type { Span } from '@/lib/engine/types';

// A very long sentence (no full stops) is shown around its flagged words only.
const CONTEXT_CHARS = 120;

/**
 * A read-only copy of the flagged sentence, with the words marked. Never drawn inside the
 * helpdesk's editor: the agent's text stays untouched. Text, not HTML: a draft that looks
 * like markup shows as the characters typed.
 */
export function HighlightedDraft({
  draft,
  spans,
  sentence,
}: {
  draft: string;
  spans: readonly Span[];
  sentence: Span;
}) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  if (sorted.length === 0) return null;
  const from = Math.max(sentence.start, sorted[0]!.start - CONTEXT_CHARS);
  const to = Math.min(sentence.end, Math.max(...sorted.map((span) => span.end)) + CONTEXT_CHARS);
  const parts: Array<{ text: string; marked: boolean }> = [];
  let at = from;
  for (const span of sorted) {
    if (span.start < at) continue;
    parts.push(
      { text: draft.slice(at, span.start), marked: false },
      { text: draft.slice(span.start, span.end), marked: true },
    );
    at = span.end;
  }
  parts.push({ text: draft.slice(at, to), marked: false });
  return (
    <p className="hd-excerpt">
      {from > sentence.start ? '…' : ''}
      {parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
      {to < sentence.end ? '…' : ''}
    </p>
  );
}
