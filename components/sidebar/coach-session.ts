import { analyze } from '@/lib/analysis';
import { coach, type CoachResult } from '@/lib/coach/coach';
import { applyAction, freshCoaching, type CoachAction, type TicketCoaching } from '@/lib/coach/coaching-state';
import { LONG_PAUSE_MS, TYPING_PAUSE_MS } from '@/lib/coach/sentence-around';
import type { TicketSnapshot, TicketWatcher } from '@/lib/content/ticket-watcher';
import { boundedDraft, boundedMessages } from '@/lib/engine/bounded-text';
import type { Analysis, EngineSettings } from '@/lib/engine/types';
import { enabledPacks } from '@/lib/prompts';
import type { PromptPack } from '@/lib/prompts/schema';
import { loadCustomPacks, watchCustomPacks } from '@/lib/storage/custom-packs-read';
import {
  DEFAULT_PREFERENCES,
  lastResetCardItem,
  loadPreferences,
  watchPreferences,
  type Preferences,
} from '@/lib/storage/settings';
import { recordNudge } from '@/components/sidebar/record-nudge';

/** What the reader may add to its snapshot (issue 13): whether customer messages could be read at all. */
type ReaderFacts = { messagesRead?: boolean };

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
  private customPacks: PromptPack[] = [];
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

  constructor(private readonly watcher: TicketWatcher) {
    const ticket = this.bounded(watcher.getSnapshot());
    this.coaching = freshCoaching(ticket.generation);
    this.settings = this.settingsOf(DEFAULT_PREFERENCES);
    this.draft = { text: ticket.draft, changedAt: Date.now() };
    // A first look for the first render; nothing is remembered or counted until start().
    this.snapshot = this.decide(false);
  }

  /** Starts following the page and the settings; returns the stop. */
  start = (): (() => void) => {
    this.update();
    this.stops.push(this.watcher.subscribe(() => this.schedule()));
    this.stops.push(watchPreferences((preferences) => this.setPreferences(preferences)));
    this.stops.push(watchCustomPacks((packs) => this.setCustomPacks(packs)));
    void loadPreferences().then(
      (preferences) => this.setPreferences(preferences),
      () => undefined,
    );
    void loadCustomPacks().then(
      (packs) => this.setCustomPacks(packs),
      () => undefined,
    );
    void lastResetCardItem.getValue().then(
      (at) => (this.lastResetShownAt ??= at || undefined),
      () => undefined,
    );
    return () => {
      for (const stop of this.stops.splice(0)) stop();
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

  private setPreferences(preferences: Preferences): void {
    this.preferences = preferences;
    this.settings = this.settingsOf(preferences);
    this.packs = enabledPacks(this.customPacks, preferences.enabledPromptSets);
    this.schedule();
  }

  private setCustomPacks(packs: PromptPack[]): void {
    this.customPacks = packs;
    this.packs = enabledPacks(packs, this.preferences.enabledPromptSets);
    this.schedule();
  }

  private settingsOf({ mutedRules, sensitivity, customJargon }: Preferences): EngineSettings {
    return { mutedRules, sensitivity, customJargon };
  }

  private schedule(): void {
    if (this.scheduled !== undefined) return;
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      this.update();
    }, 0);
  }

  private update(): void {
    this.snapshot = this.decide();
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

  private decide(commit = true): CoachSnapshot {
    const ticket = this.bounded(this.watcher.getSnapshot());
    const now = Date.now();
    if (ticket.draft !== this.draft.text) this.draft = { text: ticket.draft, changedAt: now };
    const analysis = this.analysisOf(ticket);
    const result = coach({
      analysis,
      draft: ticket.draft,
      customerMessages: ticket.customerMessages,
      generation: ticket.generation,
      reading: {
        composerFound: ticket.composerFound,
        messagesRead: (ticket as TicketSnapshot & ReaderFacts).messagesRead,
      },
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
      void lastResetCardItem.setValue(now).catch(() => undefined);
    }
    this.wakeAt(
      [this.draft.changedAt + TYPING_PAUSE_MS, this.draft.changedAt + LONG_PAUSE_MS, this.preferences.snoozedUntil],
      now,
    );
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
