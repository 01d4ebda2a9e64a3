/**
 * Makes room for the docked sidebar by narrowing the page through an adopted
 * stylesheet: no attribute, class or node of the helpdesk changes, and removing
 * the sheet restores the page exactly. Where the browser refuses (Firefox's
 * content-script wrappers can), the sidebar simply floats.
 */
export function dockPage(widthPx: number, doc: Document = document): () => void {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(`html { margin-right: ${Math.round(widthPx)}px !important; }`);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((existing) => existing !== sheet);
    };
  } catch {
    return () => undefined;
  }
}
