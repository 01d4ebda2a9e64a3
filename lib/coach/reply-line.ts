import type { CoachView } from '@/lib/coach/view';

/**
 * The one plain line under "Your reply" when no card speaks for it (QA 2026-12-07: "Nothing to
 * flag. Trust your judgement." sat beside "+1 more" and three open items in the check). The line
 * says what the sidebar holds: a point the nudge budget keeps back is named as waiting (the
 * budget is there so the agent is not nagged, not so problems are denied), and a reply with no
 * problem but open items in the pre-send check points at the check rather than saying "nothing".
 */
export type ReplyLine =
  | { kind: 'none' }
  | { kind: 'ready' }
  | { kind: 'blanks'; blanks: string[] }
  | { kind: 'held-back'; count: number }
  | { kind: 'check-below' }
  | { kind: 'status'; status: Exclude<CoachView['status'], 'ready'> };

export function replyLine(view: CoachView): ReplyLine {
  if (view.status === 'ready') return { kind: 'ready' };
  if (view.blanks.length > 0) return { kind: 'blanks', blanks: view.blanks };
  if (view.cards.length > 0) return { kind: 'none' };
  if (view.hiddenCount > 0) return { kind: 'held-back', count: view.hiddenCount };
  const open = view.checklist?.some((item) => item.status === 'missing') ?? false;
  if (view.status === 'writing' && open) return { kind: 'check-below' };
  return { kind: 'status', status: view.status };
}
