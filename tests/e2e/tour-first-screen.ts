/**
 * The welcome page's first screen, read in the page at each animation frame (walk 2026-12-07 #2,
 * item 3: in Firefox the tour said "Loading the tour…" for ~1.2 s after the page). Returns, at the
 * first frame the helpdesk chooser is there, whether the tour's Start button already is, and when
 * (ms since the page began). Serialisable for both Playwright's and Puppeteer's waitForFunction.
 */
export function firstScreenOfTour(): false | { startShown: boolean; at: number } {
  if (!document.querySelector('[data-helpdesk] button')) return false;
  const start = document.querySelector('[data-testid="tour"] button.welcome-primary');
  return { startShown: start !== null, at: Math.round(performance.now()) };
}

/** When the tour's real sidebar has drawn its panel in its shadow root (ms since the page began). */
export function tourPanelShown(): false | number {
  const host = document.querySelector('[data-testid="tour"] .tour-sidebar');
  return host?.shadowRoot?.querySelector('.hd-panel') ? Math.round(performance.now()) : false;
}
