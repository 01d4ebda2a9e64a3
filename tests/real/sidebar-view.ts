import type { ShadowProbe } from '@/tests/e2e/shadow-probe';

/**
 * What the sidebar shows, read through the closed shadow root: the mood signals
 * (components/sidebar/MoodSection: `li[data-signal][data-level]`, evidence in
 * `.hd-evidence q`), the thank-you card (`.hd-win`), nudges (`.hd-nudge`) and the
 * "Your reply" section (`#hd-nudges-title`). Waits are generous because RT's
 * history arrives after the page and the sidebar reads it when it lands.
 */
export const SIGNALS = ['frustration', 'confusion', 'urgency', 'sadness', 'gratitude'] as const;
export type Signal = (typeof SIGNALS)[number];
// A working sidebar shows within ~2 s of RT's history landing; 10 s absorbs a busy machine.
export const SIDEBAR_WAIT_MS = 10_000;

export interface MoodView {
  signals: Partial<Record<Signal, { level: string | null; evidence: string[] }>>;
  /** The mood section as the agent reads it (e.g. "No customer message found…"). */
  text: string;
}

/** How many sidebar hosts the page has once one has shown (0 when none came in time). */
export function sidebarHosts(sidebar: ShadowProbe): Promise<number> {
  return eventually(
    sidebar,
    () => sidebar.hostCount(),
    (count) => count === 1,
  );
}

export async function readMood(sidebar: ShadowProbe): Promise<MoodView> {
  if ((await sidebar.hostCount()) === 0) return { signals: {}, text: '(no sidebar on the page)' };
  const signals: MoodView['signals'] = {};
  for (const id of SIGNALS) {
    if ((await sidebar.count(`[data-signal="${id}"]`)) === 0) continue;
    signals[id] = {
      level: await sidebar.attribute(`[data-signal="${id}"]`, 'data-level'),
      evidence: await sidebar.texts(`[data-signal="${id}"] .hd-evidence q`),
    };
  }
  return { signals, text: await sidebar.text('.hd-section:has(#hd-mood-title)') };
}

/**
 * The mood once `signal` shows (the history may land a moment after the sidebar),
 * else the last view, with "(no sidebar on the page)" when none came: the caller's
 * expect then fails with what the agent saw.
 */
export async function waitForSignal(sidebar: ShadowProbe, signal: Signal): Promise<MoodView> {
  if ((await sidebarHosts(sidebar)) === 0) return readMood(sidebar);
  return eventually(
    sidebar,
    () => readMood(sidebar),
    (mood) => mood.signals[signal] !== undefined,
  );
}

/** All evidence words the sidebar shows, over every signal. */
export function allEvidence(mood: MoodView): string[] {
  return Object.values(mood.signals).flatMap((signal) => signal.evidence);
}

/** Compares texts as the agent reads them: RT renders line breaks as <br>, the sidebar as spaces. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The value once `accept` holds, else the last value read: the test's own expect then says what was seen. */
export async function eventually<T>(
  sidebar: ShadowProbe,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = SIDEBAR_WAIT_MS,
): Promise<T> {
  try {
    return await sidebar.waitFor(read, accept, timeoutMs);
  } catch {
    return read();
  }
}
