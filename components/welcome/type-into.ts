const STEP_MS = 16;
const CHARS_PER_STEP = 3;

/**
 * Types a draft into the tour's reply box a few characters at a time, so the
 * sidebar is seen reacting as it would to the agent's own typing; at once when
 * the agent asked the system for reduced motion. Stops when the step changes.
 */
export function typeInto(box: HTMLElement, text: string, signal: AbortSignal, instant: boolean): void {
  if ((box.textContent ?? '') === text) return;
  if (instant || text === '') {
    box.textContent = text;
    return;
  }
  let typed = 0;
  const tick = () => {
    if (signal.aborted) return;
    typed = Math.min(text.length, typed + CHARS_PER_STEP);
    box.textContent = text.slice(0, typed);
    if (typed < text.length) setTimeout(tick, STEP_MS);
  };
  box.textContent = '';
  tick();
}

export const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
