import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { editorKind, readEditableText } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** Expected values, in a JSON file next to each fixture. */
export interface FixtureExpectations {
  url: string;
  ticketKey: string;
  composerFound: boolean;
  editorKind?: string;
  draftStart?: string;
  customerCount: number;
  latestCustomerStart?: string;
  /** Text that must not appear in any customer message (agent replies, notes, other tickets). */
  excludedTexts: string[];
  /** Selector to focus first, for adapters that rely on generic detection of the focused editable. */
  focus?: string;
}

export const FIXTURES_ROOT = join(import.meta.dirname, '../fixtures/helpdesks');

export function fixtureNames(adapterId: string): string[] {
  return readdirSync(join(FIXTURES_ROOT, adapterId))
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort();
}

export function readExpectations(adapterId: string, name: string): FixtureExpectations {
  return JSON.parse(readFileSync(join(FIXTURES_ROOT, adapterId, `${name}.json`), 'utf8')) as FixtureExpectations;
}

/**
 * Puts a fixture page into the test document at its helpdesk URL: the head (its
 * styles decide what is visible; its scripts and links are what page recognition
 * reads), the body's own attributes (`<body id="comp-Ticket-Display">`) and the body.
 */
export function loadFixture(adapterId: string, name: string, url: string): void {
  loadPage(readFileSync(join(FIXTURES_ROOT, adapterId, `${name}.html`), 'utf8'), url);
}

export function loadPage(html: string, url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const imported = (parent: ParentNode) => [...parent.childNodes].map((node) => document.importNode(node, true));
  document.head.replaceChildren(...imported(parsed.head));
  document.title = parsed.title;
  for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
  for (const name of parsed.body.getAttributeNames()) document.body.setAttribute(name, parsed.body.getAttribute(name)!);
  document.body.replaceChildren(...imported(parsed.body));
}

export function describeAdapterFixtures(adapter: HelpdeskAdapter): void {
  for (const name of fixtureNames(adapter.id)) {
    describe(`${adapter.id} fixture ${name}`, () => {
      const expected = readExpectations(adapter.id, name);
      beforeEach(() => {
        loadFixture(adapter.id, name, expected.url);
        if (expected.focus) document.querySelector<HTMLElement>(expected.focus)?.focus();
      });

      test('reads the ticket key from the URL', () => {
        expect(adapter.ticketKey(new URL(expected.url))).toBe(expected.ticketKey);
      });

      test('finds the composer of the active ticket', () => {
        const scope = adapter.activeTicketScope(document);
        expect(scope).not.toBeNull();
        const composer = adapter.findComposer(scope!);
        expect(composer !== null).toBe(expected.composerFound);
        if (!composer) return;
        expect(scope!.contains(composer)).toBe(true);
        if (expected.editorKind) expect(editorKind(composer)).toBe(expected.editorKind);
        if (expected.draftStart) expect(readEditableText(composer).startsWith(expected.draftStart)).toBe(true);
      });

      test('returns the customer messages of the active ticket, oldest first', () => {
        const scope = adapter.activeTicketScope(document)!;
        const messages = adapter.customerMessages(scope);
        expect(messages).toHaveLength(expected.customerCount);
        const thread = adapter.findThread(scope);
        expect(thread).not.toBeNull();
        expect(scope.contains(thread)).toBe(true);
        for (const message of messages) expect(thread!.contains(message.element)).toBe(true);
        if (expected.latestCustomerStart) {
          expect(messages.at(-1)?.text.startsWith(expected.latestCustomerStart)).toBe(true);
        }
      });

      test('reads without changing the page or the selection', () => {
        const before = document.body.innerHTML;
        const ranges = document.getSelection()?.rangeCount ?? 0;
        const scope = adapter.activeTicketScope(document)!;
        const composer = adapter.findComposer(scope);
        if (composer) readEditableText(composer);
        adapter.findThread(scope);
        adapter.customerMessages(scope);
        expect(document.body.innerHTML).toBe(before);
        expect(document.getSelection()?.rangeCount ?? 0).toBe(ranges);
      });

      test('leaves out agent replies, internal notes, other tickets and signatures', () => {
        const texts = adapter.customerMessages(adapter.activeTicketScope(document)!).map((message) => message.text);
        for (const excluded of expected.excludedTexts) {
          expect(texts.filter((text) => text.includes(excluded))).toEqual([]);
        }
      });
    });
  }
}
