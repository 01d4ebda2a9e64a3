import type { Analysis, ChecklistItem } from '@/lib/engine/types';
import type { PromptPack } from '@/lib/prompts/schema';
import type { PromptEvent } from '@/lib/prompts/triggers';
import { applyBudget } from '@/lib/coach/budget';
import { blanksIn } from '@/lib/coach/blanks';
import { freshCoaching, type TicketCoaching } from '@/lib/coach/coaching-state';
import { draftLooksFinished } from '@/lib/coach/draft-looks-finished';
import { isHardConversation, replyWasSent, resetCardAllowed } from '@/lib/coach/hard-conversation';
import { countOutcomes, type NudgeCount } from '@/lib/coach/nudge-outcomes';
import { problemPoints } from '@/lib/coach/problem-points';
import { aboutTheMood, attachPrompts, placePrompts, type PlacedPrompt } from '@/lib/coach/prompt-cards';
import { thankYouQuote } from '@/lib/coach/sign-off';
import { steadyCheck } from '@/lib/coach/steady-check';
import type { Card, CoachView, QuietView, ReplyStatus } from '@/lib/coach/view';
import { isThankYouForHelp } from '@/lib/coach/win-offer';

/** The preferences the coach reads (lib/storage/settings.ts holds them). */
export interface CoachPreferences {
  mutedRules: readonly string[];
  maxNudgesShown: number;
  maxNudgesPerTicket: number;
  ruleCooldownMinutes: number;
  quietMode: boolean;
  snoozedUntil: number;
  preSendCheck: boolean;
  selfCare: boolean;
}

export interface CoachInput {
  analysis: Analysis;
  /** The draft the analysis was made of. */
  draft: string;
  customerMessages: readonly string[];
  /** Bumped by the reader whenever another ticket becomes active. */
  generation: number;
  /** What the reader found; `messagesRead` defaults to "some customer message was read". */
  reading: { composerFound: boolean; messagesRead?: boolean };
  preferences: CoachPreferences;
  packs: readonly PromptPack[];
  state: TicketCoaching;
  now: number;
  /** Milliseconds since the draft last changed. */
  draftIdleMs: number;
  /** When the reset card last showed on any ticket (at most once an hour). */
  lastResetShownAt?: number;
}

export interface CoachResult {
  view: CoachView;
  state: TicketCoaching;
  /** Stats to count (the agent's private nudge stats). */
  counts: NudgeCount[];
  /** True when the reset card was offered just now (the caller remembers when, for the hourly limit). */
  resetOffered: boolean;
}

const MAX_QUOTE = 1_000;

const isThankBack = (prompt: PlacedPrompt) => 'moment' in prompt.point && prompt.point.moment === 'thank-back';

function quietView(preferences: CoachPreferences, now: number): QuietView {
  if (preferences.quietMode) return { on: true, until: 'turned-off' };
  return preferences.snoozedUntil > now ? { on: true, until: preferences.snoozedUntil } : { on: false };
}

/**
 * The sidebar's whole view for one moment of one ticket (issue 14), from the analysis, what
 * the coach remembers of the ticket, the agent's preferences and the time. Pure: calling it
 * again with its own returned state changes nothing and counts nothing twice.
 */
export function coach(input: CoachInput): CoachResult {
  const { analysis, draft, preferences, now } = input;
  let state = input.state.generation === input.generation ? input.state : freshCoaching(input.generation);
  const messagesRead = input.reading.messagesRead ?? input.customerMessages.length > 0;
  const composer = input.reading.composerFound;
  const quiet = quietView(preferences, now);
  const empty = draft.trim() === '';

  // Sending: a substantial draft emptied on this ticket. What the sent reply did is done for good.
  const justSent = replyWasSent(state.lastDraft, draft);
  // The check on screen moves with finished sentences and pauses, and so does what it retires: a
  // prompt never comes and goes with a half-typed word (QA qa7). A sent reply did what it last read.
  const check = steadyCheck(analysis.checklist, state.check, draft, input.draftIdleMs);
  const doneIn = (items: readonly ChecklistItem[]) =>
    items.filter((item) => item.status === 'done').map((item) => `check:${item.id}`);
  const done = doneIn(check?.items ?? []);
  const lastDone = doneIn(analysis.checklist);
  if (analysis.findings.some((finding) => finding.category === 'thanks')) done.push('moment:thank-back');
  const retired = [
    ...new Set([...state.retired, ...done, ...(justSent ? ['moment:thank-back', ...state.lastDone] : [])]),
  ];
  const sent = justSent || (state.sent && empty);
  state = { ...state, retired, sent, lastDraft: draft, lastDone: empty ? state.lastDone : lastDone, check };

  const hard = isHardConversation(analysis.mood, input.customerMessages.length);
  const resetOffered =
    justSent &&
    hard &&
    preferences.selfCare &&
    !quiet.on &&
    state.reset === 'none' &&
    resetCardAllowed(input.lastResetShownAt, now);
  if (resetOffered) state = { ...state, reset: 'offered' };
  const latest = input.customerMessages.at(-1);
  const thanked = messagesRead && latest !== undefined && isThankYouForHelp(analysis.mood, latest);

  // Problems in finished sentences, within the budget.
  const silent = quiet.on || !composer;
  const found = silent
    ? []
    : problemPoints(analysis.findings, draft, input.draftIdleMs, new Set(Object.keys(state.onScreen)));
  const points = found.filter((point) => point.settled);
  const unlimited = state.showAll ? Number.POSITIVE_INFINITY : undefined;
  const decision = applyBudget(points, state.budget, {
    maxShown: unlimited ?? preferences.maxNudgesShown,
    maxPerTicket: unlimited ?? preferences.maxNudgesPerTicket,
    cooldownMs: preferences.ruleCooldownMinutes * 60_000,
    now,
  });
  const blanks = blanksIn(draft);
  // Ready only when the check on screen and the draft as it stands both pass.
  const checklistPasses = [...analysis.checklist, ...(check?.items ?? [])].every((item) => item.status !== 'missing');
  const looksFinished = draftLooksFinished(draft);
  // A point still waiting for the agent to move on is a problem all the same: not ready yet. But a word
  // still being typed changes nothing, as in the check: "Be" on its way to "Best," drew a learned
  // "commanding" for one key, and "ready" went off and back on with a prompt in between.
  const midWord = /[\p{L}\p{N}'’]$/u.test(draft);
  const blocking = found.filter((point) => point.settled || !midWord || point.sentence.end < draft.length);
  const ready = composer && !empty && blocking.length === 0 && checklistPasses && blanks.length === 0 && looksFinished;

  const status: ReplyStatus = !composer
    ? 'no-reply-box'
    : quiet.on
      ? 'quiet'
      : ready
        ? 'ready'
        : sent
          ? 'sent'
          : empty
            ? 'empty'
            : 'writing';

  // One card per point: each problem with its question; then at most one prompt of its own.
  const events: PromptEvent[] = thanked ? ['customer-thanks'] : [];
  // An empty reply box has no findings and ticks nothing yet: only the customer's mood may pick its card.
  const judged =
    status === 'empty' ? { ...analysis, findings: [], checklist: [] } : { ...analysis, checklist: check?.items ?? [] };
  const placed =
    status === 'empty' || status === 'writing'
      ? placePrompts(input.packs, judged, events, {
          selfCare: preferences.selfCare,
          retired: state.retired,
          retiredPrompts: state.retiredPrompts,
        })
      : [];
  const shown = status === 'writing' ? decision.shown : [];
  const { attached, rest } = attachPrompts(shown, placed);
  const cards: Card[] = shown.map((point) => ({
    kind: 'problem',
    key: point.key,
    concern: point.concern,
    lead: point.lead,
    findings: point.findings,
    sentence: point.sentence,
    ...(point.also ? { also: point.also } : {}),
    named: point.named,
    prompt: attached.get(point.key),
  }));
  // The customer's thanks is one point: the offer to keep it, with the question about thanking them back.
  const thanksPrompt = thanked && !state.winSaved ? rest.find((prompt) => isThankBack(prompt)) : undefined;
  // A problem the budget holds back outranks a general question for a free slot (QA 2026-12-07: a prompt
  // took the only visible card while a refusal waited behind "+1 more"): the slot stays free, the line says why.
  const room = cards.length < (unlimited ?? preferences.maxNudgesShown) && decision.held.length === 0;
  const alone = rest.find(
    (prompt) =>
      prompt !== thanksPrompt &&
      !(thanked && isThankBack(prompt)) &&
      !('concern' in prompt.point) &&
      // A question about what the reply still lacks waits until it looks finished; the mood's may come any time.
      (aboutTheMood(prompt) || (status === 'writing' && looksFinished)),
  );
  if (alone && room) cards.push({ kind: 'prompt', key: `prompt:${alone.id}`, point: alone.point, prompt: alone });

  // A problem card whose point was fixed takes its question with it, for this ticket.
  const fixedPrompts = Object.keys(state.onScreen)
    .filter((key) => !shown.some((point) => point.key === key))
    .flatMap((key) => state.onScreen[key]?.promptId ?? []);
  const outcome = countOutcomes(state, shown, draft, preferences.mutedRules);
  state = {
    ...state,
    budget: silent ? { ...decision.state, visible: [] } : decision.state,
    retiredPrompts: [...new Set([...state.retiredPrompts, ...fixedPrompts])],
    onScreen: Object.fromEntries(
      shown.map((point) => [
        point.key,
        { ruleId: point.lead.ruleId, words: point.lead.text, promptId: attached.get(point.key)?.id },
      ]),
    ),
    seen: outcome.seen,
    acted: outcome.acted,
  };

  return {
    view: {
      reading: { messages: messagesRead ? 'read' : 'none-found', replyBox: composer ? 'found' : 'not-yet' },
      mood: analysis.mood,
      status,
      cards,
      hiddenCount: status === 'writing' ? decision.held.length : 0,
      // Pinned and always there; an empty reply box has nothing to tick yet.
      checklist: composer && preferences.preSendCheck ? (check?.items ?? []) : null,
      blanks,
      thanks: thanked
        ? { quote: thankYouQuote(latest).slice(0, MAX_QUOTE), saved: state.winSaved, prompt: thanksPrompt }
        : null,
      reset: state.reset === 'offered' && !quiet.on,
      quiet,
    },
    state,
    counts: outcome.counts,
    resetOffered,
  };
}
