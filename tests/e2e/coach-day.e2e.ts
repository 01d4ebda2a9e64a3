import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_OUTPUT_DIR } from '@/tests/e2e/browser';
import { openDemoTicket, replaceDraft, type DemoTicket } from '@/tests/e2e/demo-ticket';
import type { ShadowProbe } from '@/tests/e2e/shadow-probe';

/**
 * The agent's day from issue 14, on the demo helpdesk in real Chromium, with screenshots in
 * test-output/screenshots/day-*.png (opened and judged; see the note).
 */
const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `day-${name}.png`);
const EXCUSES_AND_BLAME =
  "Hi Dana, that's not my department. It's our policy, the system won't let me change it. You should have ordered earlier. You'll have to wait.";
// A finished reply (a closing line): a "no" is judged on the whole reply, so it waits until the reply looks done.
const REFUSAL = "Hi Dana, I checked and we can't refund the second charge. Thanks for your patience.";
const WARM =
  "Hi Dana, I'm so sorry you had to write three times and were charged twice for a desk that still hasn't arrived. I have refunded the duplicate charge today, and I will email you the delivery date by Friday.";

describe('the agent’s day (issue 14)', () => {
  let ticket: DemoTicket;
  let page: Page;
  let sidebar: ShadowProbe;

  beforeAll(async () => {
    ticket = await openDemoTicket({
      prepare: (browser, demo) =>
        browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.origin }),
    });
    ({ page, sidebar } = ticket);
  });
  afterAll(async () => {
    await ticket?.close();
  });

  it('1. empty reply: the mood, and at most one card, about it', async () => {
    await sidebar.waitFor(
      () => sidebar.count('[data-signal="frustration"]'),
      (n) => n === 1,
    );
    await page.waitForTimeout(600);
    expect(await sidebar.count('.hd-card-summary')).toBeLessThanOrEqual(1);
    expect(await sidebar.count('.hd-nudge')).toBe(0);
    await page.screenshot({ path: shot('1-empty-reply') });
  });

  it('2. an excuse-and-blame draft: one-line cards with the words, “+N more”, and no “what you can do”', async () => {
    await replaceDraft(page, EXCUSES_AND_BLAME);
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n === 2,
    );
    const words = await sidebar.texts('.hd-nudge mark.hd-card-words');
    expect(words.every((text) => EXCUSES_AND_BLAME.includes(text))).toBe(true);
    expect(await sidebar.text('.hd-more')).toMatch(/^\+\d+ more$/);
    expect(await sidebar.attribute('[data-check="can-do"]', 'data-status')).toBe('missing');
    // Compact: two cards leave the pinned check in view.
    const check = await sidebar.box('.hd-check');
    expect(check.bottom).toBeLessThanOrEqual(820);
    await page.screenshot({ path: shot('2-excuses-and-blame') });
    await sidebar.click('.hd-nudge .hd-card-summary');
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('2b-card-opened') });
  });

  it('3. a rewrite copied and pasted over the sentence: that point’s card goes', async () => {
    await replaceDraft(page, REFUSAL);
    // The card of this draft's "no" (not one left from the draft before).
    const card = '.hd-nudge[data-concern="excuse"]';
    await sidebar.waitFor(
      () => sidebar.texts(`${card} mark.hd-card-words`),
      (words) => words.length === 1 && words[0] === "we can't refund",
    );
    await sidebar.click(`${card} .hd-card-summary`);
    await sidebar.waitFor(
      () => sidebar.count(`${card} .hd-rewrite`),
      (n) => n >= 1,
    );
    const suggestion = (await sidebar.texts(`${card} .hd-rewrite-text`))[0]!;
    expect(suggestion).toContain('refund the second charge');
    expect(suggestion).toMatch(/\[[a-z ]+\]/);
    await page.screenshot({ path: shot('3-rewrite-offered') });
    await sidebar.click(`${card} .hd-rewrite .hd-link`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(suggestion);
    // Never written into the helpdesk's editor by us: the reply is still what the agent typed.
    expect(await page.locator('.hd-reply').innerText()).toBe(REFUSAL);
    await page.click('.hd-reply');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    await sidebar.waitFor(
      () => sidebar.count(card),
      (n) => n === 0,
    );
    // The blanks are the agent's to fill: not ready while they are there.
    expect(await sidebar.text('.hd-blanks-left')).toContain('[when]');
    await page.screenshot({ path: shot('3b-rewrite-pasted') });
  });

  it('4. a warm reply with a refund done and a time: ready to send, said plainly, no card', async () => {
    await replaceDraft(page, WARM);
    await sidebar.waitFor(
      () => sidebar.count('.hd-ready'),
      (n) => n === 1,
    );
    expect(await sidebar.count('.hd-card-summary')).toBe(0);
    expect(await sidebar.text('.hd-ready')).toContain('Ready to send');
    expect(await sidebar.text('[data-check="next-step"]')).toContain('by Friday');
    await page.screenshot({ path: shot('4-ready-to-send') });
  });

  it('5. send: the reset card only', async () => {
    await page.click('.hd-send');
    await sidebar.waitFor(
      () => sidebar.count('.hd-reset'),
      (n) => n === 1,
    );
    await page.waitForTimeout(600);
    expect(await sidebar.count('.hd-card-summary')).toBe(0);
    await page.screenshot({ path: shot('5-sent') });
  });

  it('6. a thank-you ticket, then save the win: the gratitude prompt is gone', async () => {
    await page.click('a[data-ticket-link="103"]');
    await sidebar.waitFor(
      () => sidebar.count('.hd-win button.hd-primary'),
      (n) => n === 1,
    );
    expect(await sidebar.count('.hd-win .hd-question')).toBe(1);
    expect(await sidebar.count('.hd-reset, .hd-card-summary')).toBe(0);
    await page.screenshot({ path: shot('6-thank-you') });
    await sidebar.click('.hd-win button.hd-primary');
    await sidebar.waitFor(
      () => sidebar.count('.hd-win .hd-saved'),
      (n) => n === 1,
    );
    expect(await sidebar.count('.hd-win .hd-question, .hd-prompt')).toBe(0);
    await page.screenshot({ path: shot('6b-win-saved') });
  });
});

describe('bad input on the demo (issue 14)', () => {
  let ticket: DemoTicket;
  let page: Page;
  let sidebar: ShadowProbe;

  beforeAll(async () => {
    ticket = await openDemoTicket({ viewport: null });
    ({ page, sidebar } = ticket);
  });
  afterAll(async () => {
    await ticket?.close();
  });

  it('rapid ticket switching never shows a card of the previous ticket', async () => {
    await replaceDraft(page, EXCUSES_AND_BLAME);
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
    );
    // Switch away and watch every 20 ms: no card, and no "+N more", from ticket 101 on ticket 103.
    await page.click('a[data-ticket-link="103"]');
    const seen: number[] = [];
    for (let i = 0; i < 40; i++) {
      seen.push(await sidebar.count('.hd-nudge, .hd-more'));
      await page.waitForTimeout(20);
    }
    expect(seen.every((count) => count === 0)).toBe(true);
    for (const id of ['102', '101', '103', '102']) await page.click(`a[data-ticket-link="${id}"]`);
    await sidebar.waitFor(
      () => sidebar.count('[data-signal="confusion"]'),
      (n) => n === 1,
    );
    expect(await sidebar.count('.hd-nudge, [data-signal="gratitude"]')).toBe(0);
  });

  it('a 20,000-character draft and pasted HTML-looking text render as text; the reply keeps every character', async () => {
    await page.click('a[data-ticket-link="101"]');
    const long = `${"<b onmouseover=alert(1)>We can't refund it</b>, it's our policy. ".repeat(320)}`.slice(0, 20_000);
    // Like a paste: the editor's content changes in one go.
    await page.evaluate((text) => {
      const reply = document.querySelector('.hd-reply')!;
      reply.textContent = text;
      reply.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, long);
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
    );
    await sidebar.click('.hd-nudge .hd-card-summary');
    expect(await sidebar.text('.hd-nudge .hd-excerpt')).toContain('<b onmouseover');
    expect(await sidebar.count('b, [onmouseover]')).toBe(0);
    expect((await page.locator('.hd-reply').innerText()).length).toBe(long.length);
  });
});
