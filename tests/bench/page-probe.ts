import type { CDPSession, Page } from 'playwright-core';

/**
 * Renderer main-thread CPU time (ms; ThreadTime, robust when other processes
 * share the cores, unlike TaskDuration's wall time) and JS heap (bytes).
 */
export async function rendererMetrics(cdp: CDPSession): Promise<{ taskMs: number; heapBytes: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return { taskMs: value('ThreadTime') * 1_000, heapBytes: value('JSHeapUsedSize') };
}

export async function openMetrics(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

/** Records, in the page's own world, when the sidebar's host element arrives and each key's input delay. */
export const RECORDER_SCRIPT = `(() => {
  const bench = { sidebarAt: undefined, keyDelays: [], longTasks: [] };
  window.__bench = bench;
  const watch = new MutationObserver(() => {
    if (bench.sidebarAt === undefined && document.querySelector('heartdesk-sidebar')) {
      bench.sidebarAt = performance.now();
      watch.disconnect();
    }
  });
  watch.observe(document, { childList: true, subtree: true });
  window.addEventListener('keydown', (event) => bench.keyDelays.push(performance.now() - event.timeStamp), true);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

export interface BenchWindow {
  sidebarAt?: number;
  keyDelays: number[];
  longTasks: Array<{ start: number; duration: number }>;
}

export function readRecorder(page: Page): Promise<BenchWindow & { composerAt?: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __bench: BenchWindow; __composerAt?: number };
    return { ...w.__bench, composerAt: w.__composerAt };
  });
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);
export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
