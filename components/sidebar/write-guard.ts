import { pageHidesHost, type PageHides } from '@/lib/dom/page-hides-host';

/**
 * Clicks that write (save a win, mute a rule, copy, rate) count only when the agent could
 * see what they clicked (issue 19): a capture listener on the shadow root, ahead of
 * React's, drops the click when the page covers or hides the sidebar
 * (lib/dom/page-hides-host.ts) and records why, for PageHidesNotice to tell the agent.
 * Such buttons carry the `data-writes` attribute.
 */
export const WRITES_ATTRIBUTE = 'data-writes';

export interface BlockedClick {
  reason: PageHides;
}

let blocked: BlockedClick | null = null;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

/** The last click dropped, until the agent dismisses the notice (a store for useSyncExternalStore). */
export const blockedClicks = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): BlockedClick | null => blocked,
  dismiss(): void {
    blocked = null;
    changed();
  },
};

export function guardWrites(host: HTMLElement, root: ShadowRoot, signal?: AbortSignal): void {
  const onClick = (event: Event) => {
    const target = event.target instanceof Element ? event.target.closest(`[${WRITES_ATTRIBUTE}]`) : null;
    if (!target) return;
    const click = event as MouseEvent;
    // A click from the keyboard (Enter, Space on a focused button) has no point: detail 0.
    const point = click.detail === 0 ? null : { x: click.clientX, y: click.clientY };
    const reason = event.isTrusted ? pageHidesHost(host, root, target, point) : 'hidden';
    if (!reason) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    blocked = { reason };
    changed();
  };
  root.addEventListener('click', onClick, { capture: true, signal });
}
