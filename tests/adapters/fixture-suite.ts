import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { editorKind, readEditableText } from '@/lib/adapters/generic';
import { matchesUrl } from '@/lib/adapters/match-url';
import { onOwnServer } from '@/lib/adapters/self-hosted';
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
  /** False for pages that show no thread at all (Request Tracker's reply page). */
  threadFound?: boolean;
  /**
   * Documents of same-origin editor iframes (iframe selector → file under the fixture folder):
   * CKEditor 4 writes its frame at run time and happy-dom loads no framed pages, so the saved
   * frame document is written in through srcdoc.
   */
  frames?: Record<string, string>;
  /**
   * CSS rules from stylesheets the saved page links (test DOMs load none) that decide what is
   * visible, copied with their source named in the fixture's JSON note.
   */
  linkedCss?: string;
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

interface HappyDom {
  setURL(url: string): void;
  settings: { handleDisabledFileLoadingAsSuccess: boolean };
}

export function loadPage(html: string, url: string): void {
  const happyDom = (window as unknown as { happyDOM: HappyDom }).happyDOM;
  // Saved pages link their stylesheets, scripts and frames; test DOMs load none, quietly.
  happyDom.settings.handleDisabledFileLoadingAsSuccess = true;
  happyDom.setURL(url);
  // happy-dom loads no framed pages (and logs each refusal); an empty srcdoc frame is made
  // instead, and attachFrames writes the saved editor document into it.
  const frameless = html.replace(/(<iframe\b[^>]*?)\ssrc="[^"]*"/g, '$1 srcdoc=""');
  const parsed = new DOMParser().parseFromString(frameless, 'text/html');
  const imported = (parent: ParentNode) => [...parent.childNodes].map((node) => document.importNode(node, true));
  document.head.replaceChildren(...imported(parsed.head));
  document.title = parsed.title;
  for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
  for (const name of parsed.body.getAttributeNames()) document.body.setAttribute(name, parsed.body.getAttribute(name)!);
  document.body.replaceChildren(...imported(parsed.body));
}

export function addLinkedCss(css: string | undefined): void {
  if (!css) return;
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}

/** Writes the saved document of each editor frame into its iframe (see FixtureExpectations.frames). */
export function attachFrames(adapterId: string, frames: Record<string, string> = {}): void {
  for (const [selector, file] of Object.entries(frames)) {
    const html = readFileSync(join(FIXTURES_ROOT, adapterId, file), 'utf8');
    for (const frame of document.querySelectorAll(selector)) frame.setAttribute('srcdoc', html);
  }
}

/** The adapter as the detector would use it on this URL: bound to the customer's server for self-hosted pages. */
export function adapterForFixture(adapter: HelpdeskAdapter, url: string): HelpdeskAdapter {
  return adapter.selfHosted && !matchesUrl(adapter, url) ? onOwnServer(adapter, new URL(url).origin) : adapter;
}

export function describeAdapterFixtures(registered: HelpdeskAdapter): void {
  for (const name of fixtureNames(registered.id)) {
    describe(`${registered.id} fixture ${name}`, () => {
      const expected = readExpectations(registered.id, name);
      const adapter = adapterForFixture(registered, expected.url);
      // Every test below only reads, so one load serves them all (saved real pages are large).
      beforeAll(() => {
        loadFixture(registered.id, name, expected.url);
        attachFrames(registered.id, expected.frames);
        addLinkedCss(expected.linkedCss);
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
        // An iframe editor (CKEditor 4) is in the scope through its frame.
        const frames = [...scope!.querySelectorAll('iframe')];
        const inScope =
          scope!.contains(composer) || frames.some((frame) => frame.contentDocument === composer.ownerDocument);
        expect(inScope).toBe(true);
        if (expected.editorKind) expect(editorKind(composer)).toBe(expected.editorKind);
        if (expected.draftStart) expect(readEditableText(composer).startsWith(expected.draftStart)).toBe(true);
      });

      test('returns the customer messages of the active ticket, oldest first', () => {
        const scope = adapter.activeTicketScope(document)!;
        const messages = adapter.customerMessages(scope);
        expect(messages).toHaveLength(expected.customerCount);
        const thread = adapter.findThread(scope);
        if (expected.threadFound === false) {
          expect(thread).toBeNull();
          return;
        }
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
