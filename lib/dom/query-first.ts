/**
 * Adapters keep several generations of selectors, newest first; the first one
 * that matches inside the scope wins.
 */
export function queryFirst(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Some selectors name the editor's wrapper rather than its editable root
 * (e.g. Help Scout's `[data-cy="ConvoEditor"]`): accept either.
 */
export function editableWithin(element: Element | null): HTMLElement | null {
  if (!element) return null;
  if (element.matches('textarea, [contenteditable]:not([contenteditable="false"])')) return element as HTMLElement;
  return element.querySelector<HTMLElement>('[contenteditable]:not([contenteditable="false"]), textarea');
}
