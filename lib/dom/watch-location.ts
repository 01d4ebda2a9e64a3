/**
 * Calls back when the page's URL changes, however the helpdesk navigates:
 * pushState (Navigation API where present), back/forward, hash changes. The
 * isolated world cannot patch the page's history.pushState, so where the
 * Navigation API is missing a cheap 200 ms string comparison keeps the reset
 * under 300 ms; where it exists (it reports pushState too) the comparison only
 * backs it up, once a second.
 */
export function watchLocation(onChange: (href: string) => void, signal: AbortSignal, win: Window = window): void {
  let last = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  // The navigate event fires before the URL commits; check on the next task.
  const deferredCheck = () => win.setTimeout(check, 0);
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', deferredCheck, { signal });
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
  const timer = win.setInterval(check, navigation ? 1_000 : 200);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
}
