import { isAuthorOrTime } from '@/lib/dom/thread-markers';

/**
 * How much each element of a page reads like prose a person wrote, measured in
 * one walk of the tree: a message has sentences; a queue row is mostly links; a
 * settings panel is mostly form controls. One walk, so that thread search costs
 * the page's size once rather than once per element (textContent on every
 * element was the bench's largest share on a Request Tracker page).
 */
export interface TextMeasure {
  /** Characters of text, whitespace runs counted as one. */
  text: number;
  /** Of which inside links. */
  linkText: number;
  /** Of which inside controls, labels and non-text elements (select, button, script…). */
  controlText: number;
  /** Form controls the agent can use (hidden inputs left out). */
  controls: number;
  /** A selection checkbox inside: a row of a list (a queue), never a message. */
  checkbox: boolean;
  /** A who/when marker on it or inside (thread-markers.ts). */
  marked: boolean;
}

const CONTROL_TEXT = new Set(['select', 'option', 'button', 'label', 'script', 'style', 'template', 'noscript']);

function isControl(element: Element): boolean {
  const name = element.localName;
  if (name === 'input') return (element as HTMLInputElement).type !== 'hidden';
  return name === 'select' || name === 'textarea' || name === 'button';
}

export function measureTree(root: Element): Map<Element, TextMeasure> {
  const measures = new Map<Element, TextMeasure>();
  const visit = (element: Element): TextMeasure => {
    const own: TextMeasure = {
      text: 0,
      linkText: 0,
      controlText: 0,
      controls: isControl(element) ? 1 : 0,
      checkbox: element.localName === 'input' && (element as HTMLInputElement).type === 'checkbox',
      marked: isAuthorOrTime(element),
    };
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        own.text += (child.nodeValue ?? '').replace(/\s+/g, ' ').length;
      } else if (child.nodeType === 1) {
        const inner = visit(child as Element);
        own.text += inner.text;
        own.linkText += inner.linkText;
        own.controlText += inner.controlText;
        own.controls += inner.controls;
        own.checkbox ||= inner.checkbox;
        own.marked ||= inner.marked;
      }
    }
    if (element.localName === 'a') own.linkText = own.text;
    if (CONTROL_TEXT.has(element.localName)) own.controlText = own.text;
    measures.set(element, own);
    return own;
  };
  visit(root);
  return measures;
}

/** Characters outside links and controls. */
export function proseOf(measure: TextMeasure): number {
  return Math.max(0, measure.text - measure.linkText - measure.controlText);
}

/** Share of the text that is link text: near 1 for navigation and queue rows. */
export function linkDensityOf(measure: TextMeasure): number {
  return measure.text === 0 ? 0 : measure.linkText / measure.text;
}
