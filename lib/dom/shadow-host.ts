/**
 * The sidebar's only footprint in the helpdesk's DOM: one custom element with a
 * CLOSED shadow root (page scripts cannot read the sidebar: quality.md 14).
 * Styles go in as a constructed stylesheet, which a page's CSP does not govern;
 * where the browser refuses that across worlds (Firefox), a <style> element.
 */
export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

// Keys typed in the sidebar must not reach the helpdesk's shortcuts.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input'];

export function createShadowHost(tag: string, css: string, doc: Document = document): ShadowHost {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'closed' });
  // Inherited page styles stop at the host; nothing of the page's CSS leaks in. The host is
  // a stacking context at the top z-index, placed after <body>: nothing of the page's body
  // paints over the sidebar, and a filter or transform on <body> cannot move its fixed
  // panel (issue 19; lib/dom/page-hides-host.ts relies on this placement).
  const sheetText = `:host { all: initial !important; position: relative !important; z-index: 2147483647 !important; }\n${css}`;
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(sheetText);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = sheetText;
    shadow.append(style);
  }
  const container = doc.createElement('div');
  shadow.append(container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  doc.documentElement.append(host);
  return { host, container, remove: () => host.remove() };
}
