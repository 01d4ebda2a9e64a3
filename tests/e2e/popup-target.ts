import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '@/tests/e2e/browser';

interface Reply {
  id: number;
  result?: { result?: { value?: unknown }; data?: string };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * The toolbar popup opened by `action.openPopup()` is a real popup window, which
 * Playwright does not list among the context's pages. The DevTools protocol reaches
 * it: this attaches to it and evaluates there, optionally as a user gesture (a
 * permission request needs one).
 */
export class PopupTarget {
  private next = 1;
  private readonly pending = new Map<number, (reply: Reply) => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget' as never, (event: { message: string }) => {
      const reply = JSON.parse(event.message) as Reply;
      this.pending.get(reply.id)?.(reply);
    });
  }

  /** Opens the popup over `page` (which must be the active tab) and attaches to it. */
  static async open(browser: ExtensionBrowser, page: Page): Promise<PopupTarget> {
    await page.bringToFront();
    const opened = await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action
        .openPopup()
        .then(() => ''),
    );
    if (opened) throw new Error(opened);
    const cdp = await browser.context.newCDPSession(page);
    const popupUrl = browser.extensionUrl('popup.html');
    for (let attempt = 0; attempt < 50; attempt++) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      const popup = targetInfos.find((target) => target.url === popupUrl);
      if (popup) {
        const { sessionId } = (await cdp.send('Target.attachToTarget', {
          targetId: popup.targetId,
          flatten: false,
        })) as {
          sessionId: string;
        };
        return new PopupTarget(cdp, sessionId);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The popup did not open');
  }

  /** Rejects when the popup does not answer: Chromium closes it when a permission prompt opens. */
  evaluate<T>(expression: string, options: { userGesture?: boolean } = {}): Promise<T> {
    const params = { expression, userGesture: options.userGesture ?? false, awaitPromise: true, returnByValue: true };
    return this.send('Runtime.evaluate', params).then((reply) => reply.result?.result?.value as T);
  }

  /** A picture of the popup as the agent sees it. */
  async screenshot(path: string): Promise<void> {
    const reply = await this.send('Page.captureScreenshot', { format: 'png' });
    writeFileSync(path, Buffer.from((reply.result as { data: string }).data, 'base64'));
  }

  private send(method: string, params: object): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const id = this.next++;
      const timer = setTimeout(() => reject(new Error('The popup did not answer (closed?)')), 5_000);
      this.pending.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      const message = { id, method, params };
      this.cdp
        .send(
          'Target.sendMessageToTarget' as never,
          { sessionId: this.sessionId, message: JSON.stringify(message) } as never,
        )
        .catch(() => undefined);
    });
  }

  /** Clicks as the agent would (a user gesture); the popup may close at once, as it does when a prompt opens. */
  async click(selector: string): Promise<void> {
    await this.evaluate(`document.querySelector(${JSON.stringify(selector)}).click()`, { userGesture: true }).catch(
      () => undefined,
    );
  }

  /** Whether the popup still answers (Chromium closes it when a permission prompt opens over it). */
  async isOpen(): Promise<boolean> {
    return this.evaluate<number>('1').then(
      () => true,
      () => false,
    );
  }

  /** The text of an element, once it is there (or '' after a few seconds). */
  async textOf(selector: string): Promise<string> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const text = await this.evaluate<string | null>(
        `document.querySelector(${JSON.stringify(selector)})?.innerText ?? null`,
      );
      if (text) return text;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return '';
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
