import type { Browser, Page } from 'puppeteer-core';

interface SerializedNode {
  type: string;
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
