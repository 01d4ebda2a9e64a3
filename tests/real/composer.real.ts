import { describe, expect, it } from 'vitest';
import { readComposer, typeForNudges } from '@/tests/real/composer';
import { rtUrl } from '@/tests/real/rt-pages';
import { rtSession } from '@/tests/real/session';

const EXCUSE = "Unfortunately we can't refund that, it's our policy.";
const MORE = ' I can offer a credit on your next invoice instead.';

// Case 4 of issue 13: RT's composer is CKEditor 4 editing inside an iframe.
describe('RT: typing in the CKEditor iframe composer', () => {
  const session = rtSession();

  it('gives nudges on an excuse, and leaves the text and the caret exactly as typed', async () => {
    const { page, rt, sidebar } = session;
    await page.goto(rtUrl.reply(rt.origin, rt.tickets.angry));
    const { frame, nudges } = await typeForNudges(page, sidebar, EXCUSE);
    await session.shot('4-composer-nudges');
    expect(nudges, 'nudges shown for the typed excuse').toBeGreaterThanOrEqual(1);
    expect((await sidebar.quotes('.hd-nudge mark')).join(' ').toLowerCase()).toMatch(/unfortunately|policy/);

    expect(await readComposer(frame)).toEqual({ text: EXCUSE, beforeCaret: EXCUSE, collapsed: true });
    // Typing on after the nudges arrived: nothing moved the caret or touched the text meanwhile.
    await page.keyboard.type(MORE, { delay: 15 });
    await page.waitForTimeout(800);
    expect(await readComposer(frame)).toEqual({ text: EXCUSE + MORE, beforeCaret: EXCUSE + MORE, collapsed: true });
    await session.shot('4-composer-after-more-typing');

    // Opened straight on the reply page, nothing of the customer's was read in this tab:
    // once the page has settled, the sidebar points to the ticket's own page instead of
    // saying it cannot find messages that this page never shows.
    await expect
      .poll(() => sidebar.attribute('.hd-reading', 'data-reading'), { timeout: 5_000, interval: 200 })
      .toBe('elsewhere');
    expect(await sidebar.text('.hd-reading')).toMatch(/shows no conversation/);
    await session.shot('4-composer-thread-elsewhere');
  });
});
