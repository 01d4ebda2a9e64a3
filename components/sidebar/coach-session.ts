import { analyze } from '@/lib/analysis';
import { coach, type CoachResult } from '@/lib/coach/coach';
import { applyAction, freshCoaching, type CoachAction, type TicketCoaching } from '@/lib/coach/coaching-state';
import { LONG_PAUSE_MS, TYPING_PAUSE_MS } from '@/lib/coach/sentence-around';
import type { TicketSnapshot, TicketWatcher } from '@/lib/content/ticket-watcher';
import { boundedDraft, boundedMessages } from '@/lib/engine/bounded-text';
import type { Analysis, EngineSettings } from '@/lib/engine/types';
import { enabledPacks } from '@/lib/prompts';
import type { PromptPack } from '@/lib/prompts/schema';
import { DEFAULT_PREFERENCES, lastResetCardItem, type Preferences } from '@/lib/storage/settings';
import { warmUpWhenIdle } from '@/components/sidebar/idle-warm-up';
import { followCoachSettings, quietly, type CoachSettings } from '@/components/sidebar/follow-coach-settings';
import { recordNudge } from '@/components/sidebar/record-nudge';

/** Within a burst of keystrokes, at most one decision this often. */
const TYPING_BURST_MS = 100;

/** What the sidebar renders: the coach's view and what it was made from. */
export interface CoachSnapshot {
  result: CoachResult;
  ticket: TicketSnapshot;
  analysis: Analysis;
  settings: EngineSettings;
}

/**
 * Feeds the coach (lib/coach/coach.ts) from the page and the agent's settings, outside React's
 * render: the ticket as the reader sees it, preferences and prompt sets as stored, the clock.
 * Each change is coalesced into one decision after the current task, so a burst of updates
 * costs one analysis. It keeps what the coach remembers of the ticket, sends the counts it
 * reports, and wakes itself when a typing pause or a snooze ends. Decides nothing itself.
 */
export class CoachSession {
  private readonly listeners = new Set<() => void>();
  private preferences: Preferences = DEFAULT_PREFERENCES;
  private packs: PromptPack[] = enabledPacks([], DEFAULT_PREFERENCES.enabledPromptSets);
  private coaching: TicketCoaching;
  private lastResetShownAt?: number;
  private draft = { text: '', changedAt: 0 };
  private analysed?: { ticket: TicketSnapshot; settings: EngineSettings; analysis: Analysis };
  private settings: EngineSettings;
  private snapshot: CoachSnapshot;
  private scheduled?: ReturnType<typeof setTimeout>;
  private wakeUp?: ReturnType<typeof setTimeout>;
  private readonly stops: Array<() => void> = [];
  private lastBounded?: { page: TicketSnapshot; ticket: TicketSnapshot };
  private decidedAt = 0;
  /** False while only the closed rail looks: it peeks at the decision without spending the budget or counting anything as seen. */
  private shown = true;

  constructor(private readonly watcher: TicketWatcher) {
    const ticket = this.bounded(watcher.getSnapshot());
    this.coaching = freshCoaching(ticket.generation);
    this.settings = this.settingsOf(DEFAULT_PREFERENCES);
    // A draft already in the box when the sidebar opens is not being typed: judged at once.
    this.draft = { text: ticket.draft, changedAt: 0 };
    // A first look for the first render; nothing is remembered or counted until start().
    this.snapshot = this.decide(false);
  }

  /**
   * Starts following the page and the settings; returns the stop. `shown` is false for the
   * closed rail: the same decisions at the same pace, but nothing remembered or counted, since
   * the agent has not seen a card yet.
   */
  start = (shown = true): (() => void) => {
    this.shown = shown;
    this.update();
    this.stops.push(this.watcher.subscribe(() => this.schedule()));
    this.stops.push(this.watcher.onReplyFocus(() => warmUpWhenIdle(this.settings)));
    this.stops.push(followCoachSettings((settings) => this.apply(settings)));
    quietly(
      () =>
        void lastResetCardItem.getValue().then(
          (at) => (this.lastResetShownAt ??= at || undefined),
          () => undefined,
        ),
    );
    return () => {
      this.stops.splice(0).forEach(quietly);
      clearTimeout(this.scheduled);
      clearTimeout(this.wakeUp);
    };
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CoachSnapshot => this.snapshot;

  /** An action of the agent on the ticket it was taken on. */
  act = (action: CoachAction): void => {
    if (this.coaching.generation !== this.watcher.getSnapshot().generation) return;
    this.coaching = applyAction(this.coaching, action, Date.now());
    this.update();
  };

  private apply({ preferences, packs }: CoachSettings): void {
    this.preferences = preferences;
    this.settings = this.settingsOf(preferences);
    this.packs = enabledPacks(packs, preferences.enabledPromptSets);
    this.scheduleNow();
  }

  private settingsOf({ mutedRules, sensitivity, customJargon }: Preferences): EngineSettings {
    return { mutedRules, sensitivity, customJargon };
  }

  private scheduleNow(): void {
    clearTimeout(this.scheduled);
    this.scheduled = undefined;
    this.decidedAt = 0;
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled !== undefined) return;
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      this.update();
    }, this.delayForChange());
  }

  /**
   * The first change after a rest is decided in the next task; further keystrokes in a burst
   * wait out a short window, so fast typing costs a few decisions a second, not one a key
   * (the bench's "own code while typing"). A sentence is judged at its end or a pause anyway.
   * Another ticket, its messages or the settings are never held back: no card of the
   * previous ticket may linger.
   */
  private delayForChange(): number {
    const page = this.watcher.getSnapshot();
    const shown = this.snapshot.ticket;
    const onlyTyping =
      page.generation === shown.generation && page.customerMessages === this.lastBounded?.page.customerMessages;
    return onlyTyping ? Math.max(0, this.decidedAt + TYPING_BURST_MS - Date.now()) : 0;
  }

  private update(): void {
    this.decidedAt = Date.now();
    this.snapshot = this.decide(this.shown);
    // A peek wakes at the same pauses as the panel, so the rail's count follows the same sentences.
    this.wakeAt(
      [this.draft.changedAt + TYPING_PAUSE_MS, this.draft.changedAt + LONG_PAUSE_MS, this.preferences.snoozedUntil],
      this.decidedAt,
    );
    for (const listener of this.listeners) listener();
  }

  /** Page text within the engine's caps (lib/engine/bounded-text.ts), kept by identity while the page's is unchanged. */
  private bounded(page: TicketSnapshot): TicketSnapshot {
    if (this.lastBounded?.page === page) return this.lastBounded.ticket;
    const customerMessages =
      this.lastBounded?.page.customerMessages === page.customerMessages
        ? this.lastBounded.ticket.customerMessages
        : boundedMessages(page.customerMessages);
    const ticket = { ...page, draft: boundedDraft(page.draft), customerMessages };
    this.lastBounded = { page, ticket };
    return ticket;
  }

  private analysisOf(ticket: TicketSnapshot): Analysis {
    const last = this.analysed;
    if (
      last &&
      last.settings === this.settings &&
      last.ticket.draft === ticket.draft &&
      last.ticket.customerMessages === ticket.customerMessages
    ) {
      return last.analysis;
    }
    const analysis = analyze({
      customerMessages: ticket.customerMessages,
      draft: ticket.draft,
      locale: 'en',
      settings: this.settings,
    });
    this.analysed = { ticket, settings: this.settings, analysis };
    return analysis;
  }

  private decide(commit: boolean): CoachSnapshot {
    const ticket = this.bounded(this.watcher.getSnapshot());
    const now = Date.now();
    if (ticket.draft !== this.draft.text) {
      // Another ticket's draft was written before; only a change on the same ticket is typing.
      const typed = ticket.generation === this.coaching.generation;
      this.draft = { text: ticket.draft, changedAt: typed ? now : 0 };
    }
    const analysis = this.analysisOf(ticket);
    const result = coach({
      analysis,
      draft: ticket.draft,
      customerMessages: ticket.customerMessages,
      generation: ticket.generation,
      reading: { composerFound: ticket.composerFound },
      preferences: this.preferences,
      packs: this.packs,
      state: this.coaching,
      now,
      draftIdleMs: now - this.draft.changedAt,
      lastResetShownAt: this.lastResetShownAt,
    });
    if (!commit) return { result, ticket, analysis, settings: this.settings };
    this.coaching = result.state;
    for (const count of result.counts) recordNudge(count.ruleId, count.event);
    if (result.resetOffered) {
      this.lastResetShownAt = now;
      quietly(() => void lastResetCardItem.setValue(now).catch(() => undefined));
    }
    return { result, ticket, analysis, settings: this.settings };
  }

  /** Decides again at the next moment still ahead: a typing pause that judges a sentence, a snooze that ends. */
  private wakeAt(moments: number[], now: number): void {
    clearTimeout(this.wakeUp);
    const next = Math.min(...moments.filter((moment) => moment > now));
    if (Number.isFinite(next)) this.wakeUp = setTimeout(() => this.update(), Math.min(next - now + 20, 2 ** 31 - 1));
  }
}

const sessions = new WeakMap<TicketWatcher, CoachSession>();

/**
 * One session per page reader, kept while the sidebar collapses to its tab or the rail closes:
 * what the agent set aside, and what was counted, survive the panel being shown again.
 */
export function sessionFor(watcher: TicketWatcher): CoachSession {
  let session = sessions.get(watcher);
  if (!session) {
    session = new CoachSession(watcher);
    sessions.set(watcher, session);
  }
  return session;
}
