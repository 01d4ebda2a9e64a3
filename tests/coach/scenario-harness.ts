import { analyze } from '@/lib/analysis';
import { coach, type CoachPreferences, type CoachResult } from '@/lib/coach/coach';
import { applyAction, freshCoaching, type CoachAction, type TicketCoaching } from '@/lib/coach/coaching-state';
import { replyLine, type ReplyLine } from '@/lib/coach/reply-line';
import type { Card } from '@/lib/coach/view';
import { DEFAULT_ENGINE_SETTINGS, type ChecklistItem } from '@/lib/engine/types';
import { enabledPacks } from '@/lib/prompts';
import { DEFAULT_PREFERENCES } from '@/lib/storage/settings';
import { TICKETS } from '@/tests/demo/site/tickets.js';

/**
 * Scenario tables for the coach (issue 14): a sequence of moments on tickets (a draft, an
 * action, time passing) and what the sidebar shows after each. Real engine, built-in prompt
 * sets, default preferences; only the clock is made up.
 */
export interface Ticket {
  generation: number;
  customer: string[];
}

export type Step =
  | { ticket?: Ticket; draft: string; idleMs?: number; after?: number; expect?: Expected }
  | { act: CoachAction | ((last: CoachResult) => CoachAction); expect?: Expected }
  | { prefs: Partial<CoachPreferences>; expect?: Expected };

export interface Expected {
  status?: CoachResult['view']['status'];
  /** Cards in order: "blame: you should have" for a problem, "prompt empathy/name-the-problem" for a prompt. */
  cards?: string[];
  hidden?: number;
  /** The plain line under "Your reply" (lib/coach/reply-line.ts). */
  line?: ReplyLine['kind'];
  counts?: string[];
  reset?: boolean;
  thanks?: { saved: boolean; prompt?: string } | null;
  checklist?: Partial<Record<ChecklistItem['id'], ChecklistItem['status']>>;
}

/** A demo helpdesk ticket's customer messages, as a ticket the scenarios can open. */
export function demoTicket(id: string, generation: number): Ticket {
  const ticket = TICKETS.find((candidate) => candidate.id === id)!;
  const customer = ticket.messages.filter((message) => message.role === 'customer').map((message) => message.text);
  return { generation, customer };
}

export const label = (card: Card): string =>
  card.kind === 'problem' ? `${card.concern}: ${card.lead.text}` : `prompt ${card.prompt.id}`;

export interface Observed {
  status: CoachResult['view']['status'];
  cards: string[];
  hidden: number;
  line: ReplyLine['kind'];
  counts: string[];
  reset: boolean;
  thanks: { saved: boolean; prompt?: string } | null;
  checklist: Record<string, string> | null;
}

function observe(result: CoachResult): Observed {
  const { view } = result;
  return {
    status: view.status,
    cards: view.cards.map(label),
    hidden: view.hiddenCount,
    line: replyLine(view).kind,
    counts: result.counts.map((count) => `${count.event} ${count.ruleId}`),
    reset: view.reset,
    thanks: view.thanks && {
      saved: view.thanks.saved,
      ...(view.thanks.prompt ? { prompt: view.thanks.prompt.id } : {}),
    },
    checklist: view.checklist && Object.fromEntries(view.checklist.map((item) => [item.id, item.status])),
  };
}

/** Plays the steps; returns what was observed after each, for the test to compare with `expect`. */
export function play(steps: readonly Step[], start: Ticket, preferences: Partial<CoachPreferences> = {}) {
  let prefs = { ...DEFAULT_PREFERENCES, ...preferences };
  const packs = enabledPacks([], DEFAULT_PREFERENCES.enabledPromptSets);
  let ticket = start;
  let draft = '';
  let state: TicketCoaching = freshCoaching(start.generation);
  let now = 1_700_000_000_000;
  let idleMs = 10_000;
  let lastResetShownAt: number | undefined;
  let last: CoachResult | undefined;
  const run = () => {
    const analysis = analyze({
      customerMessages: ticket.customer,
      draft,
      locale: 'en',
      settings: { ...DEFAULT_ENGINE_SETTINGS, mutedRules: [...prefs.mutedRules] },
    });
    last = coach({
      analysis,
      draft,
      customerMessages: ticket.customer,
      generation: ticket.generation,
      reading: { composerFound: true },
      preferences: prefs,
      packs,
      state,
      now,
      draftIdleMs: idleMs,
      lastResetShownAt,
    });
    state = last.state;
    if (last.resetOffered) lastResetShownAt = now;
    return last;
  };
  return steps.map((step) => {
    if ('act' in step) {
      const action = typeof step.act === 'function' ? step.act(last!) : step.act;
      state = applyAction(state, action, now);
    } else if ('prefs' in step) {
      prefs = { ...prefs, ...step.prefs };
    } else {
      ticket = step.ticket ?? ticket;
      draft = step.draft;
      idleMs = step.idleMs ?? 10_000;
      now += step.after ?? 5_000;
    }
    const result = run();
    return { step, observed: observe(result), result };
  });
}

/** The part of what was observed that the step names (for the checklist, the items it names), for toEqual. */
export function picked(observed: Observed, expected: Expected): Partial<Observed> {
  return Object.fromEntries(
    Object.keys(expected).map((key) => {
      if (key !== 'checklist' || !observed.checklist || !expected.checklist)
        return [key, observed[key as keyof Observed]];
      return [key, Object.fromEntries(Object.keys(expected.checklist).map((id) => [id, observed.checklist![id]]))];
    }),
  );
}
