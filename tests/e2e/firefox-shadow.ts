import type { Browser, Page } from 'puppeteer-core';

interface SerializedNode {
  type: string;
  /** A reference that later BiDi calls can pass back as an argument. */
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: SerializedNode[];
    shadowRoot?: SerializedNode | null;
  };
}

/** The piece of puppeteer's WebDriver BiDi browser this reader needs (not in its public types). */
interface BidiBrowser {
  connection: {
    send(method: 'script.evaluate', params: unknown): Promise<{ result: { result?: SerializedNode } }>;
  };
}

/** A sidebar element as the agent sees it: its classes and its visible words. */
export interface SidebarElement {
  classes: string[];
  text: string;
}

function flatten(node: SerializedNode | null | undefined, into: SidebarElement[]): string {
  const value = node?.value;
  if (!value) return '';
  if (value.nodeType === 3) return value.nodeValue ?? '';
  let text = flatten(value.shadowRoot, into);
  const mine: SidebarElement = { classes: (value.attributes?.class ?? '').split(/\s+/).filter(Boolean), text: '' };
  if (value.nodeType === 1) into.push(mine);
  if (value.localName !== 'style') for (const child of value.children ?? []) text += flatten(child, into);
  mine.text = text.replace(/\s+/g, ' ').trim();
  return text;
}

/**
 * Reads the sidebar's CLOSED shadow root in Firefox. Page scripts cannot reach it and Firefox
 * has no DevTools protocol; WebDriver BiDi serialises closed roots when asked
 * (`includeShadowTree: 'all'`), so the test reads the very build that ships.
 */
export async function readFirefoxSidebar(browser: Browser, page: Page): Promise<SidebarElement[]> {
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const reply = await (browser as unknown as BidiBrowser).connection.send('script.evaluate', {
    expression: "document.querySelector('heartdesk-sidebar')",
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: null },
  });
  const elements: SidebarElement[] = [];
  flatten(reply.result.result, elements);
  return elements;
}

/** The titles of the coach's cards, in the order shown, and whether "+N more" is offered. */
export async function firefoxCardTitles(browser: Browser, page: Page): Promise<{ titles: string[]; more: string }> {
  const elements = await readFirefoxSidebar(browser, page);
  const titles = elements.filter((element) => element.classes.includes('hd-card-title')).map((element) => element.text);
  const more = elements.find((element) => element.classes.includes('hd-more'))?.text ?? '';
  return { titles, more };
}

interface BidiCall {
  connection: {
    send(
      method: 'script.callFunction',
      params: unknown,
    ): Promise<{ result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } } }>;
  };
}

/**
 * Runs `fn` (source of `(root) => value`, returning JSON-like data) on the sidebar's CLOSED
 * shadow root in Firefox: BiDi hands the serialised root back by reference, so layout can be
 * measured there as ShadowProbe.inRoot does in Chromium. BiDi serialises arrays and objects
 * in its own form: the function's value travels as a JSON string.
 */
export async function inFirefoxSidebar<T>(browser: Browser, page: Page, fn: string): Promise<T> {
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const host = await (browser as unknown as BidiBrowser).connection.send('script.evaluate', {
    expression: "document.querySelector('heartdesk-sidebar')",
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const root = host.result.result?.value?.shadowRoot?.sharedId;
  if (!root) throw new Error('No sidebar shadow root in Firefox');
  const reply = await (browser as unknown as BidiCall).connection.send('script.callFunction', {
    functionDeclaration: `(root) => JSON.stringify((${fn})(root))`,
    arguments: [{ sharedId: root }],
    target: { context },
    awaitPromise: false,
  });
  if (reply.result.type !== 'success') throw new Error(reply.result.exceptionDetails?.text ?? 'script failed');
  return JSON.parse(String(reply.result.result?.value)) as T;
}
