import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { boxInTopWindow } from '@/lib/dom/box-in-top-window';
import { readDraft } from '@/lib/content/draft-reader';
import { pageReader, type PageReader, type RecipeUse } from '@/lib/content/page-reader';
import { SETTLE_MS } from '@/lib/content/settle';
import { editorKind, type EditorKind } from '@/lib/dom/editor-kind';
import { isShownDeep } from '@/lib/dom/is-shown';
import { observeCoalesced } from '@/lib/dom/observe-coalesced';
import type { PageRecipe } from '@/lib/dom/page-recipe';
import { watchLocation } from '@/lib/dom/watch-location';

export type MessagesSource = 'page' | 'recipe' | 'earlier';

export interface TicketSnapshot {
  url: string;
  /** Null when the page is not a ticket view. */
  ticketKey: string | null;
  /** Whether the address alone says a ticket is open (generic detection: only when it carries an id). */
  urlNamesTicket: boolean;
  composerFound: boolean;
  /** The reply box's editor library (health check), null without one. */
  composerKind: EditorKind | null;
  /** No reply box, but an internal-note box is open: coaching is for replies to the customer. */
  noteOpen: boolean;
  /** Customer messages of the active ticket, oldest first. */
  customerMessages: string[];
  /**
   * 'recipe': read with the agent's own recipe for the site; 'earlier': this page shows no
   * thread and the messages were read on the ticket's own page in this tab.
   */
  messagesSource: MessagesSource;
  /** The ticket has been open long enough that nothing found means nothing to find, not "still loading". */
  settled: boolean;
  /** This page never shows the conversation; the ticket's own page does (RT's reply page). */
  threadOnOtherPage: boolean;
  /** How the agent's recipe for this site fares on this page. */
  recipe: RecipeUse;
  draft: string;
  /** Bumped whenever another ticket becomes active, so per-ticket UI state resets. */
  generation: number;
}

/** Messages read on an earlier page of the same ticket in this tab (RT's reply page shows no thread). */
export interface EarlierMessages {
  recall(ticketKey: string): Promise<string[] | null>;
  remember(ticketKey: string, messages: readonly string[]): void;
}

export interface WatcherOptions {
  doc?: Document;
  earlier?: EarlierMessages;
  recipe?: PageRecipe | null;
}

// Fast while a ticket view is still rendering, then relaxed: the helpdesk can
// swap the composer or the thread element at any time (re-renders, tab switches).
const FAST_RESOLVE_MS = 100;
const FAST_PERIOD_MS = 5_000;
const SLOW_RESOLVE_MS = 500;

/**
 * Follows the active ticket of one helpdesk page: the URL, the reply editor and
 * the thread. Observers are scoped to the composer and thread and hang off
 * AbortSignals that end with the ticket, so none accumulate. Reads only.
 */
export class TicketWatcher {
  private snapshot: TicketSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly replyFocusListeners = new Set<() => void>();
  private readonly doc: Document;
  private reader: PageReader;
  private ticketScope?: AbortController;
  private composerScope?: AbortController;
  private threadScope?: AbortController;
  private scope: Element | null = null;
  private composer: HTMLElement | null = null;
  private thread: Element | null = null;
  private resolveTimer?: ReturnType<typeof setTimeout>;
  private settleTimer?: ReturnType<typeof setTimeout>;
  /** Where the agent's caret was when focus left the reply, to put it back on Esc. */
  private savedRange?: Range;
  private ticketStartedAt = 0;
  private recalled = false;
  private recipeJson = 'null';

  constructor(
    private readonly adapter: HelpdeskAdapter,
    private readonly signal: AbortSignal,
    private readonly options: WatcherOptions = {},
  ) {
    this.doc = options.doc ?? document;
    this.reader = pageReader(adapter, options.recipe ?? null);
    this.recipeJson = JSON.stringify(options.recipe ?? null);
    this.snapshot = this.emptySnapshot(-1);
  }

  start(): void {
    watchLocation(() => this.onLocation(), this.signal, this.doc.defaultView ?? window);
    this.signal.addEventListener('abort', () => this.endTicket(), { once: true });
    this.onLocation();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): TicketSnapshot => this.snapshot;

  /**
   * Calls `listener` each time the agent puts the caret in the reply box (and at once when it
   * is already there): the moment to get ready for typing, which a tab only read never reaches.
   */
  onReplyFocus = (listener: () => void): (() => void) => {
    this.replyFocusListeners.add(listener);
    if (this.composer && this.composerHasFocus(this.composer)) listener();
    return () => this.replyFocusListeners.delete(listener);
  };

  /** The agent showed Heartdesk this page (or the recipe was forgotten): read it again with the new recipe. */
  useRecipe(recipe: PageRecipe | null): void {
    const json = JSON.stringify(recipe);
    if (json === this.recipeJson) return;
    this.recipeJson = json;
    this.reader = pageReader(this.adapter, recipe);
    this.detachReading();
    this.update({ recipe: 'none' });
    clearTimeout(this.resolveTimer);
    this.resolve();
  }

  /**
   * Gives focus back to the reply (the agent pressed Esc in the sidebar),
   * restoring the caret where they left it. Never called on our own initiative.
   */
  focusComposer(): void {
    const composer = this.composer;
    if (!composer?.isConnected) return;
    composer.focus({ preventScroll: true });
    const range = this.savedRange;
    if (range && composer.contains(range.startContainer)) {
      const selection = composer.ownerDocument.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }

  /**
   * Where the reply box is on screen (top window's viewport), so the sidebar's rail can open
   * beside it without covering it (issue 14). Null when there is none.
   */
  composerBox(): DOMRect | null {
    const composer = this.composer;
    return composer?.isConnected ? boxInTopWindow(composer) : null;
  }

  /** Where the thread is on screen: the open rail keeps the customer's messages clear too (walk 2026-12-07, item 4). */
  threadBox(): DOMRect | null {
    const thread = this.thread;
    return thread?.isConnected ? boxInTopWindow(thread) : null;
  }

  private emptySnapshot(generation: number): TicketSnapshot {
    const url = new URL(this.doc.location.href);
    const ticketKey = this.adapter.ticketKey(url);
    return {
      url: url.href,
      ticketKey,
      urlNamesTicket: ticketKey !== null && (this.adapter.urlNamesTicket?.(url) ?? true),
      composerFound: false,
      composerKind: null,
      noteOpen: false,
      customerMessages: [],
      messagesSource: 'page',
      settled: false,
      threadOnOtherPage: ticketKey !== null && (this.adapter.threadOnOtherPage?.(url) ?? false),
      recipe: 'none',
      draft: '',
      generation,
    };
  }

  private update(patch: Partial<TicketSnapshot>): void {
    const changed = (Object.keys(patch) as (keyof TicketSnapshot)[]).some((key) => patch[key] !== this.snapshot[key]);
    if (!changed) return;
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private onLocation(): void {
    const key = this.adapter.ticketKey(new URL(this.doc.location.href));
    if (key === this.snapshot.ticketKey && this.snapshot.generation >= 0) {
      this.update({ url: this.doc.location.href });
      return;
    }
    this.startTicket();
  }

  private startTicket(): void {
    this.endTicket();
    this.snapshot = this.emptySnapshot(this.snapshot.generation + 1);
    for (const listener of this.listeners) listener();
    if (this.snapshot.ticketKey === null) return;
    this.ticketScope = new AbortController();
    this.ticketStartedAt = Date.now();
    this.recalled = false;
    this.settleTimer = setTimeout(() => this.update({ settled: true }), SETTLE_MS);
    this.resolve();
  }

  private detachReading(): void {
    this.composerScope?.abort();
    this.threadScope?.abort();
    this.composerScope = this.threadScope = undefined;
    this.composer = this.thread = null;
  }

  private endTicket(): void {
    this.ticketScope?.abort();
    this.ticketScope = undefined;
    this.detachReading();
    clearTimeout(this.resolveTimer);
    clearTimeout(this.settleTimer);
    this.scope = null;
  }

  /** Finds (again) the active scope, composer and thread; cheap querySelector calls only. */
  private resolve = (): void => {
    const ticket = this.ticketScope;
    if (!ticket || ticket.signal.aborted || this.signal.aborted) return;
    const scope = this.reader.scope(this.doc);
    if (scope !== this.scope) {
      // Another ticket tab became active in the same URL space: nothing of the old one may leak.
      if (this.scope !== null) {
        this.detachReading();
        this.update({
          customerMessages: [],
          draft: '',
          composerFound: false,
          composerKind: null,
          noteOpen: false,
          generation: this.snapshot.generation + 1,
        });
      }
      this.scope = scope;
    }
    if (scope) {
      this.attachComposer(this.replyBox(scope));
      this.attachThread(this.reader.thread(scope), scope);
      this.update({ recipe: this.reader.recipeUse(scope, this.snapshot.settled) });
    }
    const fast = Date.now() - this.ticketStartedAt < FAST_PERIOD_MS;
    this.resolveTimer = setTimeout(this.resolve, fast ? FAST_RESOLVE_MS : SLOW_RESOLVE_MS);
  };

  /**
   * The reply box now. When the page offers none, the one the agent was writing in
   * stays while it is still on the page and shown (focus moved into the sidebar, a
   * re-render hid nothing) — unless a note box is what is open now.
   */
  private replyBox(scope: Element): HTMLElement | null {
    const found = this.reader.composer(scope);
    const note = found ? null : this.reader.noteBox(scope);
    this.update({ noteOpen: note !== null });
    if (found || note) return found;
    const kept = this.composer;
    return kept?.isConnected && isShownDeep(kept) ? kept : null;
  }

  private attachComposer(composer: HTMLElement | null): void {
    if (composer === this.composer) return;
    this.composerScope?.abort();
    this.composer = composer;
    if (!composer) {
      this.update({ composerFound: false, composerKind: null });
      return;
    }
    const scope = new AbortController();
    this.composerScope = scope;
    this.update({ composerFound: true, composerKind: editorKind(composer) });
    const replyFocused = () => this.replyFocusListeners.forEach((listener) => listener());
    composer.addEventListener('focusin', replyFocused, { signal: scope.signal });
    if (this.composerHasFocus(composer)) replyFocused();
    readDraft(
      composer,
      (draft) => this.update({ draft }),
      (range) => {
        this.savedRange = range;
      },
      scope.signal,
    );
  }

  private composerHasFocus(composer: HTMLElement): boolean {
    const active = composer.ownerDocument.activeElement;
    return active !== null && (active === composer || composer.contains(active));
  }

  private attachThread(thread: Element | null, scope: Element): void {
    if (thread === this.thread && this.threadScope) return;
    this.threadScope?.abort();
    this.thread = thread;
    const controller = new AbortController();
    this.threadScope = controller;
    const read = () => {
      const { texts: messages, fromRecipe } = this.reader.messages(scope);
      if (messages.length === 0 && this.snapshot.messagesSource === 'earlier') return;
      const same =
        messages.length === this.snapshot.customerMessages.length &&
        messages.every((text, index) => text === this.snapshot.customerMessages[index]);
      this.update({ messagesSource: fromRecipe ? 'recipe' : 'page' });
      if (same) return;
      this.update({ customerMessages: messages });
      if (messages.length > 0 && this.snapshot.ticketKey)
        this.options.earlier?.remember(this.snapshot.ticketKey, messages);
    };
    if (thread)
      observeCoalesced(thread, { childList: true, subtree: true, characterData: true }, read, controller.signal, 200);
    else this.recallEarlier(controller.signal);
    read();
  }

  /** A page without a thread (RT's reply page): the messages read on the ticket's own page in this tab, if any. */
  private recallEarlier(signal: AbortSignal): void {
    const key = this.snapshot.ticketKey;
    if (!key || this.recalled || !this.options.earlier) return;
    this.recalled = true;
    this.options.earlier
      .recall(key)
      .then((messages) => {
        if (signal.aborted || key !== this.snapshot.ticketKey || !messages?.length) return;
        if (this.snapshot.customerMessages.length === 0)
          this.update({ customerMessages: messages, messagesSource: 'earlier' });
      })
      .catch(() => undefined);
  }
}
