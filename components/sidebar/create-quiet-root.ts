import { createRoot, type Root, type RootOptions } from 'react-dom/client';

/**
 * A React root inside `parent` that does not listen to the helpdesk's document.
 * createRoot() adds a `selectionchange` listener to its container's ownerDocument
 * (for onSelect, which the sidebar never uses), so every caret move while the agent
 * types would run React's event system in the page. A container born in an inert
 * document gives React that document to listen on; appended to the shadow root it
 * is adopted into the page like any node, and events inside the sidebar still
 * reach React through the listeners on the container itself.
 */
export function createQuietRoot(parent: Element, options?: RootOptions): Root {
  const inert = parent.ownerDocument.implementation.createHTMLDocument('');
  const container = inert.createElement('div');
  const root = createRoot(container, options);
  parent.append(container);
  return root;
}
