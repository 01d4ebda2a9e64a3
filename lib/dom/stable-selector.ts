/**
 * A CSS selector for an element built only from what survives a page reload and
 * a helpdesk update: tags, stable class names, ARIA roles, data-attribute NAMES
 * (never their values) and hand-written ids. Generated ids (`thread-entry-7781`,
 * `ember123`, `:r1:`) and hashed or state classes (`css-1x2y3z`, `sc-bdVaJa`,
 * `active`, `odd`) are left out, so the selector names a kind of element, not one
 * element: pointing at one customer message names all of them.
 */

const STATE_CLASS =
  /^(?:active|selected|current|focus(?:ed)?|hover(?:ed)?|open(?:ed)?|closed|collapsed|expanded|show|shown|hidden|visible|odd|even|first|last|disabled|loading|loaded|new|unread|read|highlight(?:ed)?|(?:is|has)-.+)$/i;
const HASH_PREFIX = /^(?:css|sc|jsx|svelte|emotion|styled|tw)-/i;
const MAX_CLASSES_PER_STEP = 3;
const MAX_STEPS = 6;

export function isStableClass(token: string): boolean {
  if (!/^[A-Za-z][\w-]{1,39}$/.test(token) || /\d/.test(token)) return false;
  if (STATE_CLASS.test(token) || HASH_PREFIX.test(token) || token.includes('__')) return false;
  // Short segments with several capitals are generated (`bdVaJa`); camelCase words are not (`ticketZoom`).
  return token.split(/[-_]/).every((segment) => segment.length > 8 || (segment.match(/[A-Z]/g) ?? []).length < 2);
}

export function isStableId(id: string): boolean {
  return /^[A-Za-z][A-Za-z_-]{1,39}$/.test(id);
}

const css = (value: string) => CSS.escape(value);

function step(element: Element): string {
  let part = element.localName;
  const classes = [...element.classList].filter(isStableClass).slice(0, MAX_CLASSES_PER_STEP);
  for (const name of classes) part += `.${css(name)}`;
  const role = element.getAttribute('role');
  if (role && /^[a-z]+$/.test(role)) part += `[role="${role}"]`;
  for (const name of element
    .getAttributeNames()
    .filter((attribute) => attribute.startsWith('data-'))
    .sort()) {
    if (/^data-[a-z][a-z-]*$/.test(name)) part += `[${name}]`;
  }
  return part;
}

/**
 * From the element up to the nearest ancestor with a hand-written id (or up to
 * MAX_STEPS levels), child combinators between. Null when the element is the
 * document's root or the result would not even find the element itself.
 */
export function stableSelector(element: Element): string | null {
  const steps: string[] = [];
  let node: Element | null = element;
  while (node && node !== node.ownerDocument.documentElement && steps.length < MAX_STEPS) {
    if (node !== element && node.id && isStableId(node.id)) {
      steps.unshift(`#${css(node.id)}`);
      break;
    }
    steps.unshift(step(node));
    if (node.localName === 'body') break;
    node = node.parentElement;
  }
  if (steps.length === 0) return null;
  const selector = steps.join(' > ');
  try {
    return [...element.ownerDocument.querySelectorAll(selector)].includes(element) ? selector : null;
  } catch {
    return null;
  }
}
