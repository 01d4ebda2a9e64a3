/**
 * The journal at scale in real Chromium, through the real pages (issue 6):
 * import of a 100,000-win backup, popup first paint, logging a win, a search,
 * the next page of results and a full JSON export.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { WIN_KINDS } from '@/lib/journal/win-schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, WINS_PART_VERSION } from '@/lib/journal/backup-format';
import { launchWithExtension } from '@/tests/e2e/browser';
import { round } from '@/tests/bench/page-probe';

const WORDS =
  'customer refund thanks invoice login password shipping delay apology upgrade billing account export bug fix quick kind patient clear solved escalation feedback praise review onboarding'.split(
    ' ',
  );

/** A deterministic backup file of `count` wins spread over the last two years. */
export function writeBackup(count: number): string {
  let state = 42;
  const next = () => (state = (state * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32;
  const now = Date.now();
  const wins = Array.from({ length: count }, (_, index) => ({
    id: `bench${index.toString(36).padStart(8, '0')}`,
    createdAt: Math.floor(now - next() * 730 * 86_400_000),
    text: Array.from({ length: 8 + Math.floor(next() * 12) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' '),
    kind: WIN_KINDS[Math.floor(next() * WIN_KINDS.length)],
    tags: next() < 0.5 ? ['billing'] : ['vip', 'refund'],
    source: 'popup',
  }));
  const path = join(mkdtempSync(join(tmpdir(), 'heartdesk-bench-')), `backup-${count}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      exportedAt: new Date().toISOString(),
      madeBy: 'bench',
      parts: { wins: { version: WINS_PART_VERSION, data: wins } },
    }),
  );
  return path;
}

type Scenario = 'import' | 'log' | 'search' | 'next-page';

/**
 * Starts one user action in the page and resolves with the ms until its result
 * is on screen, timed by the page's own clock. Written out per scenario: extension
 * pages forbid building code from strings.
 */
async function timeInPage(page: Page, scenario: Scenario, shown = 0, timeoutMs = 120_000): Promise<number> {
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.evaluate('window.__name = (fn) => fn');
  return page.evaluate(
    ({ scenario, shown, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const texts = () => [...document.querySelectorAll('.journal-win-text')].map((el) => el.textContent ?? '');
        const done: Record<Scenario, () => boolean> = {
          import: () =>
            [...document.querySelectorAll('[role="status"]')].some((el) => /^Restored\./.test(el.textContent ?? '')),
          log: () => document.querySelector('[role="status"]') !== null,
          search: () => texts().length > 0 && texts().every((text) => /escalation/.test(text) && /praise/.test(text)),
          'next-page': () => document.querySelectorAll('.journal-win').length > shown,
        };
        const act: Record<Scenario, () => void> = {
          import: () => document.querySelector<HTMLButtonElement>('.journal-preview .journal-primary')!.click(),
          log: () =>
            document
              .querySelector('#win-text')!
              .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })),
          search: () => {
            const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, 'escalation praise');
            box.dispatchEvent(new Event('input', { bubbles: true }));
          },
          'next-page': () => document.querySelector<HTMLButtonElement>('.journal-more')!.click(),
        };
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!done[scenario]()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - start);
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
        const timer = setTimeout(() => reject(new Error(`timed out: ${scenario}`)), timeoutMs);
        act[scenario]();
      }),
    { scenario, shown, timeoutMs },
  );
}

/**
 * Resolves once no search words are pending (the background's pass after a large restore).
 * Polled with evaluate: waitForFunction takes a returned promise itself as truthy, so it
 * would resolve at once, before the words were written.
 */
async function waitForWordIndex(browser: Awaited<ReturnType<typeof launchWithExtension>>, timeoutMs = 300_000) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('popup.html'));
  const pending = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('heartdesk-journal');
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction('meta').objectStore('meta').get('words:pending');
            request.onsuccess = () => {
              db.close();
              resolve(request.result !== undefined);
            };
            request.onerror = () => resolve(true);
          };
          open.onerror = () => resolve(true);
        }),
    );
  const deadline = Date.now() + timeoutMs;
  while (await pending()) {
    if (Date.now() > deadline) throw new Error('The search words were still pending after the bench waited.');
    await page.waitForTimeout(1_000);
  }
  await page.close();
}

export async function benchJournalInChromium(count = 100_000) {
  const backup = writeBackup(count);
  const browser = await launchWithExtension();
  try {
    const journal = await browser.context.newPage();
    await journal.goto(browser.extensionUrl('journal.html'));
    await journal.waitForSelector('#backup input[type="file"]', { state: 'attached' });
    const parseStarted = Date.now();
    await journal.setInputFiles('#backup input[type="file"]', backup);
    await journal.waitForSelector('.journal-preview .journal-primary:not([disabled])', { timeout: 120_000 });
    const parseMs = Date.now() - parseStarted;
    const importMs = await timeInPage(journal, 'import');
    // The search words of a large restore are written by the background after it commits
    // (lib/db/word-index.ts); search finds every win meanwhile, only slower. Measure the
    // everyday case: page closed, words written, disk settled.
    await journal.close();
    const indexStarted = Date.now();
    await waitForWordIndex(browser);
    const wordIndexMs = Date.now() - indexStarted;
    await new Promise((resolve) => setTimeout(resolve, 5_000));

    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.waitForFunction(
      () =>
        /\d/.test(document.querySelector('[data-testid="today-count"]')?.textContent ?? '') &&
        document.querySelector('[data-testid="recent-wins"]') !== null,
    );
    const popupPaint = await popup.evaluate(() => ({
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      dataShownAt: performance.now(),
    }));
    await popup.fill('#win-text', 'Bench: untangled a refund in one reply');
    const logMs = await timeInPage(popup, 'log');

    const reopened = await browser.context.newPage();
    const openStarted = Date.now();
    await reopened.goto(browser.extensionUrl('journal.html'));
    await reopened.waitForSelector('.journal-win');
    const journalFirstWinsMs = Date.now() - openStarted;
    await reopened.waitForTimeout(5_000);
    // The search box waits 200 ms after the last keystroke before querying; that pause is subtracted.
    const searchMs = (await timeInPage(reopened, 'search')) - 200;
    const shown = await reopened.locator('.journal-win').count();
    const pageMs = await timeInPage(reopened, 'next-page', shown);
    const exportStarted = Date.now();
    const [download] = await Promise.all([
      reopened.waitForEvent('download', { timeout: 120_000 }),
      reopened.getByRole('button', { name: 'Back up everything' }).click(),
    ]);
    await download.path();
    const exportMs = Date.now() - exportStarted;
    return {
      wins: count,
      importParseMs: parseMs,
      importWriteMs: round(importMs),
      wordIndexAfterImportMs: wordIndexMs,
      popupFirstContentfulPaintMs: round(popupPaint.firstContentfulPaint),
      popupDataShownMs: round(popupPaint.dataShownAt),
      logWinMs: round(logMs),
      journalFirstWinsMs,
      searchMs: round(searchMs),
      nextPageMs: round(pageMs),
      exportAllMs: exportMs,
    };
  } finally {
    await browser.close();
  }
}
