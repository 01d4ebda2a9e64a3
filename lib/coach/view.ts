import type { ChecklistItem, Finding, Mood, Span } from '@/lib/engine/types';
import type { Concern, PromptPoint } from '@/lib/coach/points';
import type { PlacedPrompt } from '@/lib/coach/prompt-cards';

/** The whole sidebar, decided by the coach (lib/coach/coach.ts); React only renders it. */
export interface CoachView {
  reading: ReadingView;
  mood: Mood;
  status: ReplyStatus;
  /** One card per point, in display order, within the budget. */
  cards: Card[];
  /** Points the budget keeps off screen ("+N more"). */
  hiddenCount: number;
  /** The pinned pre-send check (empty while the reply box is); null when switched off or when there is no reply box. */
  checklist: ChecklistItem[] | null;
  /** Blanks from a pasted rewrite still waiting for the agent's facts ("[when]"). */
  blanks: string[];
  /** The customer thanked: their redacted words, offered as a win, with a question about thanking them back. */
  thanks: { quote: string; saved: boolean; prompt?: PlacedPrompt } | null;
  /** After the reply to a hard conversation was sent: a short pause, if the agent wants it. */
  reset: boolean;
  quiet: QuietView;
}

/** What Heartdesk could read on this page (the reader says; issue 13's "honest health"). */
export interface ReadingView {
  /** `none-found`: no customer message could be read; the mood must not claim "nothing stands out". */
  messages: 'read' | 'none-found';
  replyBox: 'found' | 'not-yet';
}

export type ReplyStatus = 'no-reply-box' | 'quiet' | 'empty' | 'writing' | 'ready' | 'sent';

export type QuietView = { on: false } | { on: true; until: number | 'turned-off' };

export interface ProblemCard {
  kind: 'problem';
  key: string;
  concern: Concern;
  /** The finding whose words title the card. */
  lead: Finding;
  findings: Finding[];
  /** The sentence in the draft: rewrites are built from it. */
  sentence: Span;
  /** Another concern in the same words, mentioned on this card rather than given a card of its own. */
  also?: Finding[];
  /** The finding that titles the card (lib/coach/card-name.ts); absent, the card's own findings decide. */
  named?: Finding;
  /** The question from the agent's prompt sets about the same point. */
  prompt?: PlacedPrompt;
}

export interface PromptCard {
  kind: 'prompt';
  key: string;
  point: PromptPoint;
  prompt: PlacedPrompt;
}

export type Card = ProblemCard | PromptCard;

export type NudgeEventName = 'seen' | 'acted';
