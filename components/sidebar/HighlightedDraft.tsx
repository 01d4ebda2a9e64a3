import type { Span } from '@/lib/engine/types';

const CONTEXT_CHARS = 70;

/**
 * A read-only copy of the draft around the flagged words, with the words marked.
 * Never drawn inside the helpdesk's editor: the agent's text stays untouched.
 */
export function HighlightedDraft({ draft, span }: { draft: string; span: Span }) {
  const from = Math.max(0, span.start - CONTEXT_CHARS);
  const to = Math.min(draft.length, span.end + CONTEXT_CHARS);
  return (
    <p className="hd-excerpt">
      {from > 0 ? '…' : ''}
      {draft.slice(from, span.start)}
      <mark>{draft.slice(span.start, span.end)}</mark>
      {draft.slice(span.end, to)}
      {to < draft.length ? '…' : ''}
    </p>
  );
}
