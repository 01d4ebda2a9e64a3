import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { boxInTopWindow } from '@/lib/dom/box-in-top-window';
import { observeCoalesced } from '@/lib/dom/observe-coalesced';
import { readEditableText } from '@/lib/dom/read-editable-text';
import { settleTimer } from '@/lib/dom/settle-timer';
import { watchLocation } from '@/lib/dom/watch-location';

export interface TicketSnapshot {
  url: string;
  /** Null when the page is not a ticket view. */
  ticketKey: string | null;
  composerFound: boolean;
  /** Customer messages of the active ticket, oldest first. */
  customerMessages: string[];
  draft: string;
  /** Bumped whenever another ticket becomes active, so per-ticket UI state resets. */
  generation: number;
}

// Fast while a ticket view is still rendering, then relaxed: the helpdesk can
// swap the composer or the thread element at any time (re-renders, tab switches).
const FAST_RESOLVE_MS = 100;
const FAST_PERIOD_MS = 5_000;
const SLOW_RESOLVE_MS = 500;
const DRAFT_SETTLE_MS = 120;

/**
 * Follows the active ticket of one helpdesk page: the URL, the reply editor and
 * the thread. Observers are scoped to the composer and thread and hang off
 * AbortSignals that end with the ticket, so none accumulate. Reads only.
 */
export class TicketWatcher {
  private snapshot: TicketSnapshot;
  private readonly listeners = new Set<() => void>();
  private ticketScope?: AbortController;
  private composerScope?: AbortController;
  private threadScope?: AbortController;
  private scope: Element | null = null;
  private composer: HTMLElement | null = null;
  private thread: Element | null = null;
  private resolveTimer?: ReturnType<typeof setTimeout>;
  /** Where the agent's caret was when focus left the reply, to put it back on Esc. */
  private savedRange?: Range;
  private ticketStartedAt = 0;

  constructor(
    private readonly adapter: HelpdeskAdapter,
    private readonly signal: AbortSignal,
    private readonly doc: Document = document,
  ) {
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

  private emptySnapshot(generation: number): TicketSnapshot {
    const url = this.doc.location.href;
    return {
      url,
      ticketKey: this.adapter.ticketKey(new URL(url)),
      composerFound: false,
      customerMessages: [],
      draft: '',
      generation,
    };
  }

  private update(patch: Partial<TicketSnapshot>): void {
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
    this.resolve();
  }

  private endTicket(): void {
    this.ticketScope?.abort();
    this.composerScope?.abort();
    this.threadScope?.abort();
    this.ticketScope = this.composerScope = this.threadScope = undefined;
    clearTimeout(this.resolveTimer);
    this.scope = this.composer = this.thread = null;
  }

  /** Finds (again) the active scope, composer and thread; cheap querySelector calls only. */
  private resolve = (): void => {
    const ticket = this.ticketScope;
    if (!ticket || ticket.signal.aborted || this.signal.aborted) return;
    const scope = this.adapter.activeTicketScope(this.doc);
    if (scope !== this.scope) {
      // Another ticket tab became active in the same URL space: nothing of the old one may leak.
      if (this.scope !== null) {
        this.composerScope?.abort();
        this.threadScope?.abort();
        this.composerScope = this.threadScope = undefined;
        this.composer = this.thread = null;
        this.update({
          customerMessages: [],
          draft: '',
          composerFound: false,
          generation: this.snapshot.generation + 1,
        });
      }
      this.scope = scope;
    }
    if (scope) {
      this.attachComposer(this.adapter.findComposer(scope));
      this.attachThread(this.adapter.findThread(scope), scope);
    }
    const fast = Date.now() - this.ticketStartedAt < FAST_PERIOD_MS;
    this.resolveTimer = setTimeout(this.resolve, fast ? FAST_RESOLVE_MS : SLOW_RESOLVE_MS);
  };

  private attachComposer(composer: HTMLElement | null): void {
    if (composer === this.composer) return;
    this.composerScope?.abort();
    this.composer = composer;
    if (!composer) {
      this.update({ composerFound: false });
      return;
    }
    const scope = new AbortController();
    this.composerScope = scope;
    const read = () => {
      const draft = readEditableText(composer);
      if (draft !== this.snapshot.draft) this.update({ draft });
    };
    // Per keystroke we only note the time: reading walks the editor's DOM once typing settles.
    const settled = settleTimer(DRAFT_SETTLE_MS, read);
    // One listener per keystroke, not two: each call into our world costs the page tens of
    // microseconds (bench trace). A text field's value changes without DOM mutations, so it
    // is heard through input events; a rich editor's every change, typed or not (CKEditor 5
    // renders without input events), shows as a mutation.
    const isTextField = composer.localName === 'textarea' || composer.localName === 'input';
    let mutations: MutationObserver | undefined;
    if (isTextField) composer.addEventListener('input', settled.poke, { signal: scope.signal, passive: true });
    else {
      mutations = new MutationObserver(settled.poke);
      mutations.observe(composer, { childList: true, subtree: true, characterData: true });
    }
    // Only read here: the range is copied so Esc in the sidebar can return the agent to the same spot.
    composer.addEventListener(
      'focusout',
      () => {
        const selection = composer.ownerDocument.getSelection();
        const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
        this.savedRange = range && composer.contains(range.startContainer) ? range.cloneRange() : undefined;
      },
      { signal: scope.signal },
    );
    scope.signal.addEventListener(
      'abort',
      () => {
        mutations?.disconnect();
        settled.cancel();
      },
      { once: true },
    );
    this.update({ composerFound: true, draft: readEditableText(composer) });
  }

  private attachThread(thread: Element | null, scope: Element): void {
    if (thread === this.thread && this.threadScope) return;
    this.threadScope?.abort();
    this.thread = thread;
    const controller = new AbortController();
    this.threadScope = controller;
    const read = () => {
      const messages = this.adapter.customerMessages(scope).map((message) => message.text);
      const same =
        messages.length === this.snapshot.customerMessages.length &&
        messages.every((text, index) => text === this.snapshot.customerMessages[index]);
      if (!same) this.update({ customerMessages: messages });
    };
    if (thread)
      observeCoalesced(thread, { childList: true, subtree: true, characterData: true }, read, controller.signal, 200);
    read();
  }
}
