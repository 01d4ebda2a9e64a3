/**
 * What the extension costs a helpdesk page, in real Chromium, with and without
 * Heartdesk in the same run (issue 9): sidebar arrival, typing 2,000 characters
 * into a heavy editor, a page that churns 5,000 nodes a second, and memory over
 * 500 in-app navigations.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchPlain, launchWithExtension } from '@/tests/e2e/browser';
import { attributeScriptTime, startProfile, stopProfile } from '@/tests/bench/script-attribution';
import {
  median,
  openMetrics,
  percentile,
  readRecorder,
  RECORDER_SCRIPT,
  rendererMetrics,
  round,
} from '@/tests/bench/page-probe';

const TYPED =
  'Hi Sam, thanks for your patience with the March invoices. I have found the cause and I am fixing it now. '
    .repeat(21)
    .slice(0, 2_000);

async function waitForSidebar(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('heartdesk-sidebar').length === 1, undefined, {
    timeout: 15_000,
  });
}

export async function benchSidebarArrival(origin: string, runs = 7) {
  const browser = await launchWithExtension();
  const demo: number[] = [];
  const heavyLoad: number[] = [];
  const afterComposer: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      for (const heavy of [false, true]) {
        const page = await browser.context.newPage();
        await page.addInitScript(RECORDER_SCRIPT);
        await page.goto(`${origin}/demo/tickets/${heavy ? '900' : '101'}`);
        await waitForSidebar(page);
        const recorded = await readRecorder(page);
        if (heavy) {
          heavyLoad.push(recorded.sidebarAt!);
          afterComposer.push(recorded.sidebarAt! - recorded.composerAt!);
        } else demo.push(recorded.sidebarAt!);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return {
    demoLoadToSidebarMs: round(median(demo)),
    heavyLoadToSidebarMs: round(median(heavyLoad)),
    replyBoxToSidebarMs: round(median(afterComposer)),
  };
}

/**
 * The docked sidebar narrows the helpdesk by its default width (DEFAULT_SIDEBAR_STATE),
 * and a narrower page does more layout and paint of its own. A third arm, the plain
 * browser with the page narrowed alike, separates that cost from Heartdesk's own.
 */
const DOCKED_PX = 320;

async function narrowLikeDocked(page: Page): Promise<void> {
  await page.addStyleTag({ content: `html { margin-right: ${DOCKED_PX}px !important; }` });
}

async function typingRun(
  context: BrowserContext,
  origin: string,
  withExtension: boolean,
  profile = false,
  narrowed = false,
) {
  const page = await context.newPage();
  await page.addInitScript(RECORDER_SCRIPT);
  await page.goto(`${origin}/demo/tickets/900`);
  await page.waitForSelector('.hd-reply');
  if (withExtension) await waitForSidebar(page);
  if (narrowed) await narrowLikeDocked(page);
  await page.click('.hd-reply');
  await page.keyboard.press('Control+End');
  const cdp = await openMetrics(page);
  if (profile) await startProfile(cdp);
  const before = await rendererMetrics(cdp);
  const started = Date.now();
  const typingFrom = await page.evaluate(() => performance.now());
  await page.keyboard.type(TYPED);
  await page.waitForTimeout(600); // let debounced reading and analysis finish
  const after = await rendererMetrics(cdp);
  const cpuProfile = profile ? await stopProfile(cdp) : undefined;
  const recorded = await readRecorder(page);
  await page.close();
  const delays = recorded.keyDelays.slice(-TYPED.length);
  return {
    run: {
      keyDelayP50Ms: percentile(delays, 50),
      keyDelayP95Ms: percentile(delays, 95),
      mainThreadMs: after.taskMs - before.taskMs,
      // Page load (and the sidebar's arrival) came before: only what happened while typing counts.
      longTasksOver50Ms: recorded.longTasks.filter((task) => task.start >= typingFrom && task.duration > 50).length,
      wallMs: Date.now() - started,
    },
    cpuProfile,
  };
}

/**
 * One more run with the extension under V8's sampling profiler: Heartdesk's own
 * share of the main thread while typing (the profiler's overhead inflates both
 * sides of the ratio alike, so the share is kept, not the absolute figure).
 */
export async function ownScriptShare(context: BrowserContext, origin: string, extensionId: string) {
  const { run, cpuProfile } = await typingRun(context, origin, true, true);
  const { oursMs, allJsMs } = attributeScriptTime(cpuProfile!, `chrome-extension://${extensionId}/`);
  return {
    extensionScriptMs: round(oursMs),
    pageScriptMs: round(allJsMs - oursMs),
    mainThreadMs: round(run.mainThreadMs),
    extensionSharePercent: round((oursMs / run.mainThreadMs) * 100, 2),
  };
}

async function churnRun(
  context: BrowserContext,
  origin: string,
  withExtension: boolean,
  seconds: number,
  narrowed = false,
) {
  const page = await context.newPage();
  await page.goto(`${origin}/demo/tickets/900?churn=1`);
  await page.waitForSelector('.hd-reply');
  if (withExtension) await waitForSidebar(page);
  if (narrowed) await narrowLikeDocked(page);
  const cdp = await openMetrics(page);
  const before = await rendererMetrics(cdp);
  await page.waitForTimeout(seconds * 1_000);
  const after = await rendererMetrics(cdp);
  await page.close();
  return after.taskMs - before.taskMs;
}

/**
 * What a helpdesk page that is not a ticket view pays: Heartdesk's script time
 * (CPU profile, stack attribution as above) from navigation through `seconds` of
 * idling on the demo's inbox, where only the detector runs.
 */
export async function benchNonTicketPage(origin: string, seconds = 5) {
  const browser = await launchWithExtension();
  try {
    const runs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const page = await browser.context.newPage();
      const cdp = await openMetrics(page);
      await startProfile(cdp);
      await page.goto(`${origin}/demo/`);
      await page.waitForTimeout(seconds * 1_000);
      const { oursMs } = attributeScriptTime(await stopProfile(cdp), `chrome-extension://${browser.extensionId}/`);
      runs.push(oursMs);
      await page.close();
    }
    return { seconds, extensionScriptMs: round(median(runs), 2) };
  } finally {
    await browser.close();
  }
}

/** Heartdesk's own share of the main thread on the churning page, from a CPU profile. */
async function churnScriptShare(context: BrowserContext, origin: string, extensionId: string, seconds: number) {
  const page = await context.newPage();
  await page.goto(`${origin}/demo/tickets/900?churn=1`);
  await waitForSidebar(page);
  const cdp = await openMetrics(page);
  await startProfile(cdp);
  const before = await rendererMetrics(cdp);
  await page.waitForTimeout(seconds * 1_000);
  const after = await rendererMetrics(cdp);
  const { oursMs } = attributeScriptTime(await stopProfile(cdp), `chrome-extension://${extensionId}/`);
  await page.close();
  return {
    extensionScriptMs: round(oursMs),
    extensionSharePercent: round((oursMs / (after.taskMs - before.taskMs)) * 100, 2),
  };
}

async function heapRun(context: BrowserContext, origin: string, withExtension: boolean, navigations: number) {
  const page = await context.newPage();
  await page.goto(`${origin}/demo/tickets/101`);
  if (withExtension) await waitForSidebar(page);
  const cdp = await openMetrics(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const before = await rendererMetrics(cdp);
  await page.evaluate(async (count) => {
    const ids = ['101', '102', '103'];
    for (let i = 0; i < count; i++) {
      document.querySelector<HTMLAnchorElement>(`a[data-ticket-link="${ids[i % 3]}"]`)!.click();
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }, navigations);
  await page.waitForTimeout(1_000);
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await rendererMetrics(cdp);
  const sidebars = await page.evaluate(() => document.querySelectorAll('heartdesk-sidebar').length);
  await page.close();
  return { growthBytes: after.heapBytes - before.heapBytes, sidebars };
}

export async function benchPageCost(origin: string, { churnSeconds = 30, navigations = 500, typingRuns = 3 } = {}) {
  const withExtension = await launchWithExtension();
  const plain = await launchPlain();
  try {
    // Warm both browsers once, then alternate three runs of each arm and keep the medians,
    // so a busy moment on the machine does not land on one side only.
    await typingRun(withExtension.context, origin, true);
    await typingRun(plain.context, origin, false);
    const withRuns: TypingRun[] = [];
    const withoutRuns: TypingRun[] = [];
    const narrowedRuns: TypingRun[] = [];
    for (let run = 0; run < typingRuns; run++) {
      withRuns.push((await typingRun(withExtension.context, origin, true)).run);
      withoutRuns.push((await typingRun(plain.context, origin, false)).run);
      narrowedRuns.push((await typingRun(plain.context, origin, false, false, true)).run);
    }
    const ownScript = await ownScriptShare(withExtension.context, origin, withExtension.extensionId);
    const typingWith = medianRun(withRuns);
    const typingWithout = medianRun(withoutRuns);
    const typingNarrowed = medianRun(narrowedRuns);
    const churnWith = await churnRun(withExtension.context, origin, true, churnSeconds);
    const churnWithout = await churnRun(plain.context, origin, false, churnSeconds);
    const churnNarrowed = await churnRun(plain.context, origin, false, churnSeconds, true);
    const churnOwnScript = await churnScriptShare(withExtension.context, origin, withExtension.extensionId, 8);
    const heapWith = await heapRun(withExtension.context, origin, true, navigations);
    const heapWithout = await heapRun(plain.context, origin, false, navigations);
    return {
      typing: {
        characters: TYPED.length,
        withExtension: roundAll(typingWith),
        withoutExtension: roundAll(typingWithout),
        addedKeyDelayP95Ms: round(typingWith.keyDelayP95Ms - typingWithout.keyDelayP95Ms, 2),
        addedMainThreadMs: round(typingWith.mainThreadMs - typingWithout.mainThreadMs),
        mainThreadRatio: round(typingWith.mainThreadMs / typingWithout.mainThreadMs, 3),
        withoutExtensionNarrowed: roundAll(typingNarrowed),
        mainThreadRatioToNarrowed: round(typingWith.mainThreadMs / typingNarrowed.mainThreadMs, 3),
        ownScript,
      },
      churn: {
        seconds: churnSeconds,
        nodesPerSecond: 5_000,
        mainThreadWithMs: round(churnWith),
        mainThreadWithoutMs: round(churnWithout),
        addedPercent: round(((churnWith - churnWithout) / churnWithout) * 100),
        mainThreadNarrowedMs: round(churnNarrowed),
        addedPercentToNarrowed: round(((churnWith - churnNarrowed) / churnNarrowed) * 100),
        ownScript: churnOwnScript,
      },
      heap: {
        navigations,
        growthWithMB: round(heapWith.growthBytes / 1_048_576, 2),
        growthWithoutMB: round(heapWithout.growthBytes / 1_048_576, 2),
        sidebarsAfter: heapWith.sidebars,
      },
    };
  } finally {
    await withExtension.close();
    await plain.close();
  }
}

type TypingRun = Awaited<ReturnType<typeof typingRun>>['run'];

/** Each measure's median across runs. */
function medianRun(runs: TypingRun[]): TypingRun {
  const keys = Object.keys(runs[0]!) as Array<keyof TypingRun>;
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as TypingRun;
}

function roundAll<T extends Record<string, number>>(values: T): T {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, round(value, 2)])) as T;
}
