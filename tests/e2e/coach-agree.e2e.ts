import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_OUTPUT_DIR } from '@/tests/e2e/browser';
import { openDemoTicket, replaceDraft, type DemoTicket } from '@/tests/e2e/demo-ticket';
import type { ShadowProbe } from '@/tests/e2e/shadow-probe';

/**
 * QA 2026-12-07 in real Chromium on demo ticket 101 (qa/repro/two-cards-same-words.ts and
 * budget-says-nothing-to-flag.ts): two findings in the same words are one card, and once the
 * ticket's nudge budget is spent the sidebar says a point is waiting, never "Nothing to flag".
 * Screenshots in test-output/screenshots/agree-*.png.
 */
const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `agree-${name}.png`);

// The QA run's drafts, each typed over the last; together they spend the ticket's six new points.
const EARLIER = [
  'Hi Dana, I refunded the charge. The desk ships Thursday.',
  "Hi Dana, I'm sorry about the double charge. I'll look into it and get back to you ASAP.",
  'Hi Dana, you need to contact your bank about the second charge.',
  "Hi Dana, I don't know when the desk will arrive.",
  "Hi Dana, that's not something I can help with, you'll need to contact the carrier.",
  'Hi Dana, thank you for your patience. Unfortunately the refund can only be issued once the carrier confirms the loss, which usually takes 10 business days.',
  'Dana, I get that you are upset but there is no need to shout.',
  'Hi Dana, no problem at all! Happy to help.',
];
// A finished reply (a closing line): a "no" with no way forward is judged on the whole reply, so a
// lone half-typed refusal is held until the reply looks finished.
const REFUSAL = 'Hi Dana, we cannot refund orders older than 30 days. Thanks for your patience.';

describe('what the sidebar says agrees with what it holds (QA 2026-12-07)', () => {
  let ticket: DemoTicket;
  let page: Page;
  let sidebar: ShadowProbe;

  /** Types over the draft, then waits past the typing pause so every sentence is judged. */
  async function typeOver(text: string) {
    await replaceDraft(page, '');
    await page.keyboard.insertText(text);
    await page.waitForTimeout(2000);
  }

  beforeAll(async () => {
    ticket = await openDemoTicket();
    ({ page, sidebar } = ticket);
  });
  afterAll(async () => {
    await ticket?.close();
  });

  it('one card for words two concerns share: "you need to contact" is an order, not an order and a blame', async () => {
    await typeOver('Hi Dana, you need to contact your bank about the second charge.');
    await page.screenshot({ path: shot('same-words') });
    expect(await sidebar.texts('.hd-nudge mark.hd-card-words')).toEqual(['you need to contact']);
    expect(await sidebar.texts('.hd-nudge .hd-card-title')).toEqual(['Gives an order']);
  });

  it('with the budget spent, a new refusal is named as waiting and "+1 more" opens it', async () => {
    for (const draft of EARLIER) await typeOver(draft);
    await typeOver(REFUSAL);
    await page.screenshot({ path: shot('budget-spent') });
    expect(await sidebar.count('.hd-card')).toBe(0);
    expect(await sidebar.text('.hd-more')).toBe('+1 more');
    const lines = await sidebar.texts('.hd-muted');
    expect(lines.some((line) => line.startsWith('Nothing to flag'))).toBe(false);
    expect(await sidebar.text('.hd-held-back')).toContain('1 more point about your reply is waiting');
    await sidebar.click('.hd-more');
    expect(
      await sidebar.waitFor(
        () => sidebar.texts('.hd-nudge mark.hd-card-words'),
        (words) => words.length > 0,
      ),
    ).toEqual(['we cannot refund']);
    expect(await sidebar.count('.hd-held-back')).toBe(0);
  });
});
