import type { Frame, Page } from 'playwright-core';

/** RT's page addresses (RT 5.0.3 at the root of its host: WebPath ""). */
export const rtUrl = {
  display: (origin: string, id: number) => `${origin}/Ticket/Display.html?id=${id}`,
  reply: (origin: string, id: number) => `${origin}/Ticket/Update.html?id=${id}&Action=Respond`,
  comment: (origin: string, id: number) => `${origin}/Ticket/Update.html?id=${id}&Action=Comment`,
  queue: (origin: string) =>
    `${origin}/Search/Results.html?Query=${encodeURIComponent("Queue = 'General' AND Status = '__Active__'")}`,
  home: (origin: string) => `${origin}/`,
};

/** The login form RT shows to a new session (first login of a fresh install: root / password). */
export async function loginToRt(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  if ((await page.locator('form#login input[name="pass"], input[name="pass"]').count()) === 0) return;
  await page.fill('input[name="user"]', 'root');
  await page.fill('input[name="pass"]', 'password');
  await Promise.all([page.waitForURL(/.*/, { waitUntil: 'load' }), page.press('input[name="pass"]', 'Enter')]);
  if ((await page.locator('input[name="pass"]').count()) > 0) throw new Error('RT refused root / password.');
}

/**
 * The display page's history arrives after load: jQuery fills #delayed_ticket_history
 * from /Helpers/TicketHistory, then slides it open (400 ms). Done when the
 * transactions are in and the slide has finished.
 */
export async function waitForHistory(page: Page): Promise<void> {
  await page.waitForSelector('#delayed_ticket_history .history-container .transaction', { timeout: 20_000 });
  await page.waitForFunction(
    () => {
      const box = document.querySelector<HTMLElement>('#delayed_ticket_history .titlebox-content');
      return box !== null && !box.style.height && getComputedStyle(box).display !== 'none';
    },
    undefined,
    { timeout: 5_000 },
  );
}

/** The reply page's CKEditor 4 frame once CKEditor has built it and made its body editable. */
export async function composerFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe.cke_wysiwyg_frame', { timeout: 20_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('CKEditor iframe has no document');
  await frame.waitForSelector('body[contenteditable="true"]', { timeout: 10_000 });
  return frame;
}
