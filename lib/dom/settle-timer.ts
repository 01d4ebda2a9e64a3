/**
 * Calls back once `delayMs` have passed since the last poke. Pokes come with every
 * keystroke and every burst of editor mutations, so a poke only stores the time:
 * re-arming a timer per key (clearTimeout + setTimeout) was the largest share of
 * the main-thread time Heartdesk added to typing in the bench's CPU profile.
 */
export interface SettleTimer {
  poke(): void;
  cancel(): void;
}

export function settleTimer(
  delayMs: number,
  callback: () => void,
  now: () => number = () => performance.now(),
): SettleTimer {
  let lastPoke = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    const quietFor = now() - lastPoke;
    if (quietFor < delayMs) {
      timer = setTimeout(fire, delayMs - quietFor);
      return;
    }
    timer = undefined;
    callback();
  };
  return {
    poke() {
      lastPoke = now();
      timer ??= setTimeout(fire, delayMs);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
