/**
 * Saves what Request Tracker really renders, for the engineers writing the RT
 * adapter: each page type's full DOM (after the delayed history has loaded),
 * the CKEditor iframe's own document, a screenshot, and the page's fixed and
 * sticky elements with their boxes. No extension is loaded: this is RT alone.
 *   npx tsx tests/real/capture.ts [outDir]     (default /work/rt-snapshots)
 * FINDINGS.md beside the files is written by hand from them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchPlainWithRtHost } from '@/tests/real/rt-browser';
import { history } from '@/tests/real/rt-rest';
import { composerFrame, loginToRt, rtUrl, waitForHistory } from '@/tests/real/rt-pages';
import { startRt } from '@/tests/real/rt-server';
import { seedTickets } from '@/tests/real/seed';

const outDir = process.argv[2] ?? '/work/rt-snapshots';

/** Elements whose computed position is fixed or sticky, with where they sit in a 1280×800 viewport. */
function fixedElements(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => ['fixed', 'sticky'].includes(getComputedStyle(element).position))
      .map((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const path = [
          element.tagName.toLowerCase(),
          element.id && `#${element.id}`,
          ...[...element.classList].map((c) => `.${c}`),
        ]
          .filter(Boolean)
          .join('');
        return {
          element: path,
          position: style.position,
          top: style.top,
          right: style.right,
          zIndex: style.zIndex,
          visible: style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0,
          box: {
            x: Math.round(box.x),
            y: Math.round(box.y),
            width: Math.round(box.width),
            height: Math.round(box.height),
          },
        };
      }),
  );
}

async function save(page: Page, name: string, facts: Record<string, unknown>): Promise<void> {
  // The home page's portlets and the people widgets load after the page.
  await page.waitForLoadState('networkidle');
  writeFileSync(join(outDir, `${name}.html`), await page.content());
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
  const atTop = await fixedElements(page);
  // RT pins its page menu (.page-menu.pinned, position: fixed, top right) once the page scrolls past it.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(300);
  const scrolled = await fixedElements(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  facts[name] = { url: page.url(), title: await page.title(), fixedOrSticky: { atTop, scrolled } };
}

async function saveComposer(page: Page, name: string, facts: Record<string, unknown>): Promise<void> {
  const frame = await composerFrame(page);
  writeFileSync(join(outDir, `${name}-iframe.html`), await frame.content());
  await save(page, name, facts);
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const rt = await startRt();
  const browser = await launchPlainWithRtHost();
  try {
    const ids = await seedTickets(rt.apiBase);
    const facts: Record<string, unknown> = { rtOrigin: rt.origin, tickets: ids };
    const page = await browser.context.newPage();
    await page.goto(rtUrl.home(rt.origin));
    await save(page, 'login', facts);
    await loginToRt(page, rt.origin);
    await save(page, 'home', facts);
    for (const [name, id] of Object.entries(ids)) {
      await page.goto(rtUrl.display(rt.origin, id));
      await waitForHistory(page);
      await save(page, `display-${name}`, facts);
    }
    await page.goto(rtUrl.reply(rt.origin, ids.angry));
    await saveComposer(page, 'reply', facts);
    // RT's per-message "Reply" link quotes that message into the composer.
    const lastFromRequestor = (await history(rt.apiBase, ids.angry))
      .filter((entry) => entry.type === 'Correspond')
      .at(-1)!;
    await page.goto(
      `${rt.origin}/Ticket/Update.html?id=${ids.angry}&QuoteTransaction=${lastFromRequestor.id}&Action=Respond`,
    );
    await saveComposer(page, 'reply-quoting', facts);
    await page.goto(rtUrl.comment(rt.origin, ids.angry));
    await saveComposer(page, 'comment', facts);
    await page.goto(rtUrl.queue(rt.origin));
    await save(page, 'queue', facts);
    writeFileSync(join(outDir, 'facts.json'), `${JSON.stringify(facts, null, 2)}\n`);
    console.log(`Saved RT pages to ${outDir}`);
  } finally {
    await browser.close();
    await rt.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
