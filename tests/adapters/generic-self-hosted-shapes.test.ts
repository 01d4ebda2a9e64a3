// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  editorKind,
  genericAdapter,
  genericComposer,
  genericCustomerMessages,
  genericNoteBox,
  genericThread,
  readEditableText,
} from '@/lib/adapters/generic';
import { loadFixture } from '@/tests/adapters/fixture-suite';

/**
 * Generic detection on page structures nobody here invented: osTicket's staff
 * ticket view and queue, FreeScout's conversation view (templates cited in each
 * fixture's header). Issue 13's failure modes 1–3 are the cases.
 */

const texts = () => genericCustomerMessages(document.body).map((message) => message.text);

describe('osTicket staff ticket view', () => {
  const load = () =>
    loadFixture('generic', 'osticket-ticket-view', 'https://help.example.org/scp/tickets.php?id=204417');

  test('finds the thread entries on its own, not the reply form rows', () => {
    load();
    expect(genericThread(document.body)?.id).toBe('thread-items');
  });

  test("reads the end user's messages only, oldest first, without quoted history", () => {
    load();
    expect(texts()).toEqual([
      'Hello,\nI cancelled my subscription on March 28 and I was still charged 39.00 on April 1. Please refund it, I never used the new month.\nNoor',
      'Two working days? This is unacceptable. I am fed up with chasing you for my own money.',
    ]);
  });

  test('never reads the reply form, staff responses, internal notes or thread events as the customer', () => {
    load();
    const all = texts().join('\n');
    for (const notCustomer of [
      'Select a canned response',
      'Signature',
      'Ticket Status',
      'Open (current)',
      'thank you for your patience',
      'webhook failed',
      'Created by',
      'Ticket Filters',
    ]) {
      expect(all).not.toContain(notCustomer);
    }
  });

  test('takes the visible Redactor editor for the reply box, not the textarea it hides or the hidden note box', () => {
    load();
    const composer = genericComposer(document.body);
    expect(composer?.classList.contains('redactor-in-0')).toBe(true);
    expect(editorKind(composer!)).toBe('redactor');
    expect(readEditableText(composer!)).toBe('');
  });

  test('tells the internal note box apart once the agent switches to it', () => {
    load();
    // What osTicket's "Post Internal Note" tab does: hide the reply form, show the note form.
    document.getElementById('reply')!.classList.add('hidden');
    document.getElementById('note')!.classList.remove('hidden');
    expect(genericComposer(document.body)).toBeNull();
    expect(genericNoteBox(document.body)?.classList.contains('redactor-in-1')).toBe(true);
  });

  test('keys each ticket by its id in the query string, and says the address names a ticket', () => {
    const adapter = genericAdapter('https://help.example.org');
    const key = (href: string) => adapter.ticketKey(new URL(href));
    expect(key('https://help.example.org/scp/tickets.php?id=204417')).not.toBe(
      key('https://help.example.org/scp/tickets.php?id=204421'),
    );
    expect(key('https://help.example.org/scp/tickets.php?id=204417#reply')).toBe(
      key('https://help.example.org/scp/tickets.php?id=204417'),
    );
    expect(key('https://help.example.org/scp/tickets.php')).not.toBe(
      key('https://help.example.org/scp/tickets.php?id=204417'),
    );
    expect(adapter.urlNamesTicket?.(new URL('https://help.example.org/scp/tickets.php?id=204417'))).toBe(true);
    expect(adapter.urlNamesTicket?.(new URL('https://help.example.org/scp/tickets.php?queue=1'))).toBe(false);
  });
});

describe('osTicket queue', () => {
  test('gives no messages and no reply box: a list is not a ticket', () => {
    loadFixture('generic', 'osticket-queue', 'https://help.example.org/scp/tickets.php');
    expect(texts()).toEqual([]);
    expect(genericComposer(document.body)).toBeNull();
  });
});

describe('FreeScout conversation view', () => {
  const load = () =>
    loadFixture('generic', 'freescout-conversation', 'https://desk.example.net/conversation/1187?folder_id=4');
  const openReply = () => document.querySelector('.conv-reply-block')!.classList.remove('hidden');

  test('reads the customer on load, before the reply block is opened', () => {
    load();
    expect(genericComposer(document.body)).toBeNull();
    expect(texts()).toEqual([
      'Hello, the lamp I ordered (order 55120) arrived with the glass shade in pieces. Photos attached. What should I do now?',
      "It has been three days and nobody answered. This is really frustrating, I need a replacement before my daughter's birthday on Saturday.",
    ]);
  });

  test('leaves out agent replies, notes and activity lines', () => {
    load();
    const all = texts().join('\n');
    for (const notCustomer of [
      'thank you so much for the photos',
      'Warehouse confirms',
      'assigned to',
      'Ines Moreau',
    ]) {
      expect(all).not.toContain(notCustomer);
    }
  });

  test('never takes the hidden "after sending" settings inside the editor for messages', () => {
    load();
    openReply();
    expect(genericThread(document.body)?.id).toBe('conv-layout-main');
    expect(texts().join('\n')).not.toContain('This setting gives you control');
  });

  test('takes the visible Summernote editor once Reply is clicked, not the hidden textarea behind it', () => {
    load();
    openReply();
    const composer = genericComposer(document.body);
    expect(composer?.classList.contains('note-editable')).toBe(true);
    expect(editorKind(composer!)).toBe('summernote');
  });

  test('keys conversations by the id in the path, not the folder', () => {
    const adapter = genericAdapter('https://desk.example.net');
    const key = (href: string) => adapter.ticketKey(new URL(href));
    expect(key('https://desk.example.net/conversation/1187?folder_id=4')).not.toBe(
      key('https://desk.example.net/conversation/1188?folder_id=4'),
    );
    expect(adapter.urlNamesTicket?.(new URL('https://desk.example.net/conversation/1187?folder_id=4'))).toBe(true);
    expect(adapter.urlNamesTicket?.(new URL('https://desk.example.net/mailbox/2/4'))).toBe(false);
  });
});
