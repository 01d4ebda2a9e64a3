// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  editorKind,
  genericAdapter,
  genericComposer,
  genericCustomerMessages,
  genericThread,
  readEditableText,
} from '@/lib/adapters/generic';
import { matchesUrl } from '@/lib/adapters/match-url';
import { loadFixture, readExpectations } from '@/tests/adapters/fixture-suite';

interface EditorFixture {
  editorKind: string;
  draft: string;
  customerCount: number;
  latestCustomerStart: string;
  excludedTexts: string[];
}

const expectationsOf = (name: string) => readExpectations('generic', name) as unknown as EditorFixture;

describe.each(['ckeditor5-rerender', 'prosemirror-rerender'])('generic detection on %s', (name) => {
  const expected = expectationsOf(name);
  const load = () => loadFixture('generic', name, 'https://desk.example.test/tickets/88');

  test('finds the one editor on the page, its kind and its draft', () => {
    load();
    const composer = genericComposer(document.body);
    expect(composer).not.toBeNull();
    expect(editorKind(composer!)).toBe(expected.editorKind);
    expect(readEditableText(composer!)).toBe(expected.draft);
  });

  test('finds the thread near the composer and the customer messages, oldest first', () => {
    load();
    const messages = genericCustomerMessages(document.body);
    expect(messages).toHaveLength(expected.customerCount);
    expect(messages.at(-1)?.text.startsWith(expected.latestCustomerStart)).toBe(true);
    for (const excluded of expected.excludedTexts) {
      expect(messages.filter((message) => message.text.includes(excluded))).toEqual([]);
    }
  });

  test('keeps the same composer and reads the new draft after the editor re-renders its content', () => {
    load();
    const composer = genericComposer(document.body)!;
    // What CKEditor 5 and ProseMirror do on every change: replace the block nodes under the root.
    const paragraph = document.createElement('p');
    paragraph.append('Rewritten ', Object.assign(document.createElement('strong'), { textContent: 'draft' }));
    const empty = document.createElement('p');
    empty.append(document.createElement('br'));
    composer.replaceChildren(paragraph, empty);
    expect(genericComposer(document.body)).toBe(composer);
    expect(readEditableText(composer)).toBe('Rewritten draft');
  });

  test('reads without changing the page or the selection', () => {
    load();
    const before = document.body.innerHTML;
    const rangesBefore = document.getSelection()?.rangeCount ?? 0;
    const composer = genericComposer(document.body);
    genericThread(document.body);
    genericCustomerMessages(document.body);
    readEditableText(composer!);
    expect(document.body.innerHTML).toBe(before);
    expect(document.getSelection()?.rangeCount ?? 0).toBe(rangesBefore);
  });
});

describe('generic thread heuristic', () => {
  test('takes the message list, not the paragraphs of one long message', () => {
    loadFixture('generic', 'ckeditor5-rerender', 'https://desk.example.test/tickets/88');
    expect(genericThread(document.body)?.classList.contains('ticket-thread')).toBe(true);
  });

  test('is unsure (no messages) when nothing near the composer repeats', () => {
    document.body.innerHTML = '<main><h1>New ticket</h1><div contenteditable="true"><p>Draft</p></div></main>';
    expect(genericCustomerMessages(document.body)).toEqual([]);
  });

  test('ignores toolbars and link lists next to the composer', () => {
    document.body.innerHTML =
      '<div><ul><li><a href="#a">Open</a></li><li><a href="#b">Closed</a></li></ul>' +
      '<div role="toolbar"><button>Bold text please</button><button>Italic text please</button></div>' +
      '<textarea></textarea></div>';
    expect(genericThread(document.body)).toBeNull();
  });

  test('drops messages marked as agent or internal when customer messages are marked', () => {
    document.body.innerHTML =
      '<section><div class="msg inbound">Customer says the parcel is late.</div>' +
      '<div class="msg outbound">Agent answers with tracking.</div>' +
      '<div class="msg note internal">Teammate note on carrier delays.</div>' +
      '<div class="msg inbound">Customer says thanks for the update.</div>' +
      '<textarea></textarea></section>';
    expect(genericCustomerMessages(document.body).map((message) => message.text)).toEqual([
      'Customer says the parcel is late.',
      'Customer says thanks for the update.',
    ]);
  });
});

describe('generic composer', () => {
  test('does not guess between several editables when none has focus', () => {
    document.body.innerHTML = '<textarea id="search"></textarea><div id="body" contenteditable="true"></div>';
    expect(genericComposer(document.body)).toBeNull();
  });

  test('takes the one editable that names itself a reply when none has focus', () => {
    document.body.innerHTML = '<textarea id="search"></textarea><div id="reply" contenteditable="true"></div>';
    expect(genericComposer(document.body)?.id).toBe('reply');
  });

  test('takes the focused one among several', () => {
    document.body.innerHTML = '<textarea id="search"></textarea><div id="reply" contenteditable="true"></div>';
    document.getElementById('reply')!.focus();
    expect(genericComposer(document.body)?.id).toBe('reply');
  });

  test('takes a focused editable inside an open shadow root of the scope', () => {
    document.body.innerHTML = '<main id="scope"><div id="host"></div></main><textarea></textarea>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    shadow.append(editor);
    editor.focus();
    expect(genericComposer(document.getElementById('scope')!)).toBe(editor);
  });

  test('ignores a focused editable outside the scope', () => {
    document.body.innerHTML = '<main id="scope"><p>Ticket</p></main><textarea id="elsewhere"></textarea>';
    document.getElementById('elsewhere')!.focus();
    expect(genericComposer(document.getElementById('scope')!)).toBeNull();
  });
});

describe('generic adapter for a custom site', () => {
  const adapter = genericAdapter('https://desk.example.test');

  test('matches only the granted origin', () => {
    expect(adapter.matches).toEqual(['https://desk.example.test/*']);
    expect(matchesUrl(adapter, 'https://desk.example.test/tickets/88')).toBe(true);
    expect(matchesUrl(adapter, 'https://other.example.test/tickets/88')).toBe(false);
  });

  test('keys tickets by page address, hash routes included', () => {
    expect(adapter.ticketKey(new URL('https://desk.example.test/#ticket/zoom/5'))).toBe(
      'generic:desk.example.test/#ticket/zoom/5',
    );
    expect(adapter.ticketKey(new URL('https://other.example.test/t/5'))).toBeNull();
  });

  test('detects composer and messages on an editor fixture', () => {
    loadFixture('generic', 'prosemirror-rerender', 'https://desk.example.test/conversations/12');
    const scope = adapter.activeTicketScope(document)!;
    expect(editorKind(adapter.findComposer(scope)!)).toBe('prosemirror');
    expect(adapter.customerMessages(scope)).toHaveLength(2);
  });
});
