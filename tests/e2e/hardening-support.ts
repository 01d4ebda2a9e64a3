import type { CDPSession, Page } from 'playwright-core';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';

/** Shared by the hardening-*.e2e.ts files (quality.md 20–27). */

export const EXCUSE = "Hi Dana, unfortunately we can't refund the second charge, it's our policy.";

/** Opens a URL and waits for exactly one expanded sidebar. */
export async function openWithSidebar(page: Page, url: string): Promise<ShadowProbe> {
  await page.goto(url);
  const sidebar = await ShadowProbe.attach(page);
  await sidebar.waitFor(
    () => sidebar.count('.hd-panel'),
    (n) => n === 1,
  );
  return sidebar;
}

/**
 * Counts rows of one store in the journal, read from an extension page (the
 * journal lives in the extension's origin). Opens without a version so it never
 * triggers an upgrade of its own.
 */
export function countRows(extensionPage: Page, store: 'wins' | 'nudgeStats' = 'wins'): Promise<number> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('heartdesk-journal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve(0);
            return;
          }
          const request = db.transaction(name, 'readonly').objectStore(name).count();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Every win's text, newest last by id order (for checking what was saved). */
export function winTexts(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('heartdesk-journal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('wins', 'readonly').objectStore('wins').getAll();
          request.onsuccess = () => {
            db.close();
            resolve((request.result as Array<{ text: string }>).map((row) => row.text));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/**
 * The extension's service worker as the DevTools protocol sees it. The session
 * must belong to an extension page: ServiceWorker.* is scoped to the page's
 * storage partition, so a helpdesk page's session cannot see (or stop) our worker.
 */
export class WorkerControl {
  private status = 'unknown';

  private constructor(private readonly cdp: CDPSession) {}

  static async attach(extensionPage: Page): Promise<WorkerControl> {
    const cdp = await extensionPage.context().newCDPSession(extensionPage);
    const control = new WorkerControl(cdp);
    cdp.on(
      'ServiceWorker.workerVersionUpdated',
      (event: { versions: Array<{ runningStatus: string; scriptURL: string }> }) => {
        const ours = event.versions.find((version) => version.scriptURL.endsWith('/background.js'));
        if (ours) control.status = ours.runningStatus;
      },
    );
    await cdp.send('ServiceWorker.enable');
    return control;
  }

  runningStatus(): string {
    return this.status;
  }

  /** Asks Chromium to stop the worker, as it does after ~30 s idle; resolves once it is stopped. */
  async stop(): Promise<void> {
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    await waitUntil(() => this.status === 'stopped', 5_000, 'service worker to stop');
  }

  /** Sends the stop without waiting: for "stopped while a message is in flight". */
  stopNow(): Promise<unknown> {
    return this.cdp.send('ServiceWorker.stopAllWorkers');
  }
}

export async function waitUntil(accept: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!accept()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Uncaught page errors and console errors, as a user's DevTools would show them. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

/**
 * Runs an expression in the extension's content-script world of a page (the
 * isolated world Chromium names after the extension), so the background sees a
 * genuine content-script sender. Attach before the page loads the script.
 */
export class ContentWorld {
  private contextId: number | undefined;

  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page, extensionId: string): Promise<ContentWorld> {
    const cdp = await page.context().newCDPSession(page);
    const world = new ContentWorld(cdp);
    cdp.on(
      'Runtime.executionContextCreated',
      (event: { context: { id: number; origin: string; auxData?: { type?: string } } }) => {
        const { id, origin, auxData } = event.context;
        if (auxData?.type === 'isolated' && origin.includes(extensionId)) world.contextId = id;
      },
    );
    cdp.on('Runtime.executionContextsCleared', () => {
      world.contextId = undefined;
    });
    await cdp.send('Runtime.enable');
    return world;
  }

  async evaluate<T>(expression: string): Promise<T> {
    await waitUntil(() => this.contextId !== undefined, 5_000, "the extension's content-script world");
    const { result, exceptionDetails } = (await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }
}

/**
 * Uncaught exceptions and console errors from EVERY world of a page, the
 * extension's isolated content-script world included (Playwright's `pageerror`
 * only reports the page's main world).
 */
export async function collectAllWorldErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on(
    'Runtime.exceptionThrown',
    (event: { exceptionDetails: { text: string; exception?: { description?: string } } }) => {
      const { text, exception } = event.exceptionDetails;
      errors.push(`uncaught: ${text} ${exception?.description ?? ''}`);
    },
  );
  cdp.on(
    'Runtime.consoleAPICalled',
    (event: { type: string; args: Array<{ value?: unknown; description?: string }> }) => {
      if (event.type !== 'error') return;
      errors.push(`console.error: ${event.args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ')}`);
    },
  );
  cdp.on('Log.entryAdded', (event: { entry: { level: string; text: string; source: string; url?: string } }) => {
    // The demo server has no favicon; that 404 is the browser's, not ours.
    if (event.entry.url?.endsWith('/favicon.ico')) return;
    if (event.entry.level === 'error') errors.push(`log(${event.entry.source}): ${event.entry.text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return errors;
}

/** Moves keyboard focus to an element inside the closed shadow root without clicking it. */
export async function focusInSidebar(page: Page, selector: string, hostTag = 'heartdesk-sidebar'): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    type Node = { nodeName: string; children?: Node[]; shadowRoots?: Array<{ nodeId: number }> };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    let shadowId: number | undefined;
    const walk = (node: Node) => {
      if (node.nodeName.toLowerCase() === hostTag && node.shadowRoots?.[0]) shadowId = node.shadowRoots[0].nodeId;
      for (const child of node.children ?? []) walk(child);
    };
    walk(root);
    if (shadowId === undefined) throw new Error('No sidebar shadow root');
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: shadowId, selector })) as { nodeId: number };
    if (!nodeId) throw new Error(`Nothing in the sidebar matches ${selector}`);
    await cdp.send('DOM.focus', { nodeId });
  } finally {
    await cdp.detach();
  }
}
