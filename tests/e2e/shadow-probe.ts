import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/**
 * Reads and clicks inside the sidebar's CLOSED shadow root the way a user would
 * see it. Page scripts cannot reach a closed root; the DevTools protocol can,
 * so the tests exercise the very build that ships.
 */
export class ShadowProbe {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly hostTag: string,
  ) {}

  static async attach(page: Page, hostTag = 'heartdesk-sidebar'): Promise<ShadowProbe> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new ShadowProbe(page, cdp, hostTag);
  }

  /** How many sidebar hosts are in the page (counted from the page's own view). */
  hostCount(): Promise<number> {
    return this.page.evaluate((tag) => document.querySelectorAll(tag).length, this.hostTag);
  }

  private async shadowRootIds(): Promise<number[]> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: number[] = [];
    const walk = (node: DomNode) => {
      if (node.nodeName.toLowerCase() === this.hostTag && node.shadowRoots?.[0]) found.push(node.shadowRoots[0].nodeId);
      for (const child of node.children ?? []) walk(child);
    };
    walk(root);
    return found;
  }

  async nodes(selector: string): Promise<number[]> {
    // The page may replace the sidebar between the two protocol calls (node ids go
    // stale); read the tree again rather than fail on a moment's race.
    for (let attempt = 0; ; attempt++) {
      const [rootId] = await this.shadowRootIds();
      if (rootId === undefined) return [];
      try {
        const { nodeIds } = (await this.cdp.send('DOM.querySelectorAll', { nodeId: rootId, selector })) as {
          nodeIds: number[];
        };
        return nodeIds;
      } catch (error) {
        if (attempt >= 4 || !/Could not find node/.test(String(error))) throw error;
      }
    }
  }

  async count(selector: string): Promise<number> {
    return (await this.nodes(selector)).length;
  }

  private async call<T>(nodeId: number, fn: string): Promise<T> {
    const { object } = (await this.cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
    })) as { result: { value: T } };
    return result.value;
  }

  /**
   * Runs `fn` (source of `(root) => value`) on the sidebar's shadow root and returns its value:
   * the same function string measures both browsers (firefox-shadow.ts inFirefoxSidebar).
   */
  async inRoot<T>(fn: string): Promise<T> {
    const [rootId] = await this.shadowRootIds();
    if (rootId === undefined) throw new Error('No sidebar shadow root');
    return this.call<T>(rootId, `function () { return (${fn})(this); }`);
  }

  async texts(selector: string): Promise<string[]> {
    const ids = await this.nodes(selector);
    return Promise.all(ids.map((id) => this.call<string>(id, 'function () { return this.innerText; }')));
  }

  /**
   * The whole words each card quotes: a closed card's quote gives way at the start when the line
   * is short ("…we can't", components/sidebar/FittedWords.tsx) and keeps them in its title.
   */
  async quotes(selector: string): Promise<string[]> {
    const ids = await this.nodes(selector);
    return Promise.all(
      ids.map((id) => this.call<string>(id, 'function () { return this.getAttribute("title") || this.innerText; }')),
    );
  }

  async text(selector: string): Promise<string> {
    return (await this.texts(selector)).join('\n');
  }

  async attribute(selector: string, name: string): Promise<string | null> {
    const [id] = await this.nodes(selector);
    if (id === undefined) return null;
    return this.call<string | null>(id, `function () { return this.getAttribute(${JSON.stringify(name)}); }`);
  }

  /** One attribute of every matching element that has it. */
  async attributes(selector: string, name: string): Promise<string[]> {
    const ids = await this.nodes(selector);
    const values = await Promise.all(
      ids.map((id) =>
        this.call<string | null>(id, `function () { return this.getAttribute(${JSON.stringify(name)}); }`),
      ),
    );
    return values.filter((value) => value !== null);
  }

  async computedStyle(selector: string, property: string): Promise<string | null> {
    const [id] = await this.nodes(selector);
    if (id === undefined) return null;
    return this.call<string>(
      id,
      `function () { return getComputedStyle(this).getPropertyValue(${JSON.stringify(property)}); }`,
    );
  }

  /** A real mouse click at the element's centre, as the agent would. */
  async click(selector: string, index = 0): Promise<void> {
    const { x, y } = await this.center(selector, index);
    await this.page.mouse.click(x, y);
  }

  /** The element's centre in the page's coordinates, scrolled into view first. */
  async center(selector: string, index = 0): Promise<{ x: number; y: number }> {
    const { left, top, right, bottom } = await this.measure(selector, index, 'content', true);
    return { x: (left + right) / 2, y: (top + bottom) / 2 };
  }

  /** The element's border box in the page's coordinates. */
  async box(selector: string, index = 0): Promise<{ left: number; top: number; right: number; bottom: number }> {
    return this.measure(selector, index, 'border', false);
  }

  private async measure(selector: string, index: number, edge: 'content' | 'border', scroll: boolean) {
    // The sidebar may re-render between finding the node and measuring it (node ids go stale):
    // find it again rather than fail on a moment's race, as nodes() does.
    for (let attempt = 0; ; attempt++) {
      const id = (await this.nodes(selector))[index];
      if (id === undefined) throw new Error(`Nothing in the sidebar matches ${selector}`);
      try {
        if (scroll) await this.cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: id });
        const { model } = (await this.cdp.send('DOM.getBoxModel', { nodeId: id })) as {
          model: Record<typeof edge, number[]>;
        };
        const [left, top, , , right, bottom] = model[edge] as [number, number, number, number, number, number];
        return { left, top, right, bottom };
      } catch (error) {
        if (attempt >= 4 || !/Could not find node/.test(String(error))) throw error;
      }
    }
  }

  /** Polls until the predicate holds; fails with the last value seen. */
  async waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: T = await read();
    while (!accept(last)) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting; last value: ${JSON.stringify(last)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      last = await read();
    }
    return last;
  }
}
