/**
 * Heartdesk on a real Request Tracker 5 (issue 13 item 6): how long after a ticket
 * page starts loading the sidebar shows the customer's mood, and how much of the
 * page's main thread Heartdesk's own code takes there (CPU profile, stack
 * attribution as in script-attribution.ts). RT, its tickets and the browser are
 * the ones tests/real uses: a fresh RT, the demo build with RT added as a custom site.
 */
import type { Page } from 'playwright-core';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';
import { typeInComposer } from '@/tests/real/composer';
import { launchWithRtSite } from '@/tests/real/rt-browser';
import { composerFrame, loginToRt, rtUrl } from '@/tests/real/rt-pages';
import { startRt } from '@/tests/real/rt-server';
import { seedTickets } from '@/tests/real/seed';
import { median, openMetrics, readRecorder, RECORDER_SCRIPT, round } from '@/tests/bench/page-probe';
import { attributeScriptTime, startProfile, stopProfile } from '@/tests/bench/script-attribution';

const GIVE_UP_MS = 10_000;
const POLL_MS = 25;

/** Milliseconds from `start` until `ready()` holds, or null when it never did within GIVE_UP_MS. */
async function timeUntil(start: number, ready: () => Promise<boolean>): Promise<number | null> {
  while (Date.now() - start < GIVE_UP_MS) {
    if (await ready()) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}

// When RT's delayed history lands and when CKEditor has built its frame, in the
// page's own clock (ms since navigation start).
const RT_RECORDER = `(() => {
  const watch = new MutationObserver(() => {
    if (!window.__rtHistoryAt && document.querySelector('#delayed_ticket_history .transaction'))
      window.__rtHistoryAt = performance.now();
    if (!window.__rtComposerAt && document.querySelector('iframe.cke_wysiwyg_frame'))
      window.__rtComposerAt = performance.now();
  });
  watch.observe(document, { childList: true, subtree: true });
})();`;

/**
 * One load: the sidebar host's and RT's history's arrival from in-page recorders,
 * and the first mood signal from the closed shadow root (polled over CDP only once
 * the host exists, so the probe does not slow RT's own loading).
 */
async function loadOnce(page: Page, sidebar: ShadowProbe, url: string) {
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  const moodMs = await timeUntil(
    start,
    async () =>
      (await page.evaluate(() => document.querySelector('heartdesk-sidebar') !== null)) &&
      (await sidebar.count('[data-signal]')) > 0,
  );
  const recorded = await readRecorder(page);
  const rtTimes = await page.evaluate(() => {
    const w = window as unknown as { __rtHistoryAt?: number; __rtComposerAt?: number };
    return { historyMs: w.__rtHistoryAt ?? null, composerMs: w.__rtComposerAt ?? null };
  });
  return { ...rtTimes, sidebarMs: recorded.sidebarAt ?? null, moodMs };
}

/** Median over the loads that got there; null when none did. */
const medianOf = (values: Array<number | null>) => {
  const reached = values.filter((value): value is number => value !== null);
  return reached.length === 0 ? null : round(median(reached));
};

/** Heartdesk's sampled script time from navigation through `seconds` on the page (and what `act` does there). */
async function ownScriptOn(page: Page, extensionId: string, url: string, seconds: number, act?: () => Promise<void>) {
  const cdp = await openMetrics(page);
  await startProfile(cdp);
  await page.goto(url);
  if (act) await act();
  await page.waitForTimeout(seconds * 1_000);
  const { oursMs, allJsMs } = attributeScriptTime(await stopProfile(cdp), `chrome-extension://${extensionId}/`);
  await cdp.detach();
  return { extensionScriptMs: round(oursMs), pageScriptMs: round(allJsMs - oursMs) };
}

export async function benchRt(loads = 5) {
  const rt = await startRt();
  try {
    const tickets = await seedTickets(rt.apiBase);
    const ext = await launchWithRtSite(rt.origin);
    try {
      const page = await ext.browser.context.newPage();
      await page.addInitScript(RECORDER_SCRIPT);
      await page.addInitScript(RT_RECORDER);
      await loginToRt(page, rt.origin);
      const sidebar = await ShadowProbe.attach(page);
      const display = [];
      const reply = [];
      for (let run = 0; run < loads; run++) {
        display.push(await loadOnce(page, sidebar, rtUrl.display(rt.origin, tickets.angry)));
        reply.push(await loadOnce(page, sidebar, rtUrl.reply(rt.origin, tickets.angry)));
      }
      const seconds = 5;
      const displayScript = await ownScriptOn(
        page,
        ext.browser.extensionId,
        rtUrl.display(rt.origin, tickets.angry),
        seconds,
      );
      const replyScript = await ownScriptOn(
        page,
        ext.browser.extensionId,
        rtUrl.reply(rt.origin, tickets.angry),
        seconds,
        async () => {
          await composerFrame(page);
          await typeInComposer(page, "Hi Dana, I'm sorry for the wait. I have refunded the second charge today.");
        },
      );
      return {
        loads,
        giveUpMs: GIVE_UP_MS,
        display: {
          historyLandsMs: medianOf(display.map((load) => load.historyMs)),
          sidebarMs: medianOf(display.map((load) => load.sidebarMs)),
          sidebarWithMoodMs: medianOf(display.map((load) => load.moodMs)),
          loadsWithMood: display.filter((load) => load.moodMs !== null).length,
        },
        reply: {
          composerReadyMs: medianOf(reply.map((load) => load.composerMs)),
          sidebarMs: medianOf(reply.map((load) => load.sidebarMs)),
          sidebarWithMoodMs: medianOf(reply.map((load) => load.moodMs)),
          loadsWithMood: reply.filter((load) => load.moodMs !== null).length,
        },
        ownScript: { seconds, display: displayScript, replyWhileTyping: replyScript },
      };
    } finally {
      await ext.close();
    }
  } finally {
    await rt.stop();
  }
}
