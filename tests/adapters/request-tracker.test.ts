// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import requestTracker from '@/lib/adapters/request-tracker';
import { onOwnServer } from '@/lib/adapters/self-hosted';
import { readEditableText } from '@/lib/adapters/generic';
import {
  addLinkedCss,
  attachFrames,
  describeAdapterFixtures,
  FIXTURES_ROOT,
  loadFixture,
  readExpectations,
} from '@/tests/adapters/fixture-suite';

/**
 * Pages saved from Request Tracker 5.0.3 (Debian) run locally and seeded with the
 * tickets in these fixtures: a requestor's mail, staff replies through REST, a
 * requestor's follow-up quoting the staff reply, a staff comment.
 */
describeAdapterFixtures(requestTracker);

const ORIGIN = 'http://rt-reader.heartdesk.test:8190';
const rt = onOwnServer(requestTracker, ORIGIN);
const messagesOn = (page: string, url: string) => {
  loadFixture('request-tracker', page, url);
  return rt.customerMessages(document.body).map((message) => message.text);
};

describe('Request Tracker reading', () => {
  test("reads only the requestor's correspondence, without RT's quoted history or the staff comment", () => {
    expect(messagesOn('display-angry', `${ORIGIN}/Ticket/Display.html?id=1`)).toEqual([
      'Hello,\n\nI cancelled my Pro plan on the 3rd and you still charged my card 49 euros this morning. This is the second time this has happened and nobody answered my last email. I am really fed up.\n\nPriya',
      'Tomorrow is not good enough. This is ridiculous, I want the 49 euros back today or I will dispute it with my bank.',
    ]);
  });

  test('leaves out the "On … wrote:" line and the quoted reply of an HTML mail', () => {
    const [, thanks] = messagesOn('display-grateful', `${ORIGIN}/Ticket/Display.html?id=3`);
    expect(thanks).toBe(
      'Thank you so much, it worked right away! You made my day, really appreciate the quick help.\nMei',
    );
  });

  test('reads the history once it arrives after the page (jQuery .load into #delayed_ticket_history)', () => {
    loadFixture('request-tracker', 'late/display-angry-before-history', `${ORIGIN}/Ticket/Display.html?id=1`);
    const history = document.getElementById('delayed_ticket_history')!;
    expect(rt.findThread(document.body)).toBe(history);
    expect(rt.customerMessages(document.body)).toEqual([]);
    // What RT's own script does once /Helpers/TicketHistory answers.
    const fragment = readFileSync(join(FIXTURES_ROOT, 'request-tracker', 'late/history-1.html'), 'utf8');
    history.replaceChildren(...new DOMParser().parseFromString(fragment, 'text/html').body.childNodes);
    expect(rt.findThread(document.body)).toBe(history);
    expect(rt.customerMessages(document.body).map((message) => message.text.slice(0, 28))).toEqual([
      'Hello,\n\nI cancelled my Pro p',
      'Tomorrow is not good enough.',
    ]);
  });

  test('keeps oldest first when RT lists the history newest first', () => {
    loadFixture('request-tracker', 'display-angry', `${ORIGIN}/Ticket/Display.html?id=1`);
    const container = document.querySelector('.history-container')!;
    container.replaceChildren(...[...container.children].reverse());
    expect(rt.customerMessages(document.body).map((message) => message.text.slice(0, 5))).toEqual(['Hello', 'Tomor']);
  });

  test('reads nothing when the page shows no requestors, rather than guessing who the customer is', () => {
    loadFixture('request-tracker', 'display-angry', `${ORIGIN}/Ticket/Display.html?id=1`);
    document.querySelector('.ticket-info-people')!.remove();
    expect(rt.customerMessages(document.body)).toEqual([]);
  });
});

describe('Request Tracker composer', () => {
  const loadReply = (page: 'reply' | 'comment') => {
    loadFixture(
      'request-tracker',
      page,
      `${ORIGIN}/Ticket/Update.html?id=1&Action=${page === 'reply' ? 'Respond' : 'Comment'}`,
    );
    const expected = readExpectations('request-tracker', page);
    attachFrames('request-tracker', expected.frames);
    addLinkedCss(expected.linkedCss);
  };

  test('is the editable body in CKEditor 4’s iframe on the reply page, read as empty while it shows its placeholder', () => {
    loadReply('reply');
    const composer = rt.findComposer(document.body)!;
    expect(composer.tagName).toBe('BODY');
    expect(composer.textContent).toBe('Type your message here');
    expect(readEditableText(composer)).toBe('');
  });

  test('is no reply box on the comment page: that is an internal note', () => {
    loadReply('comment');
    expect(rt.findComposer(document.body)).toBeNull();
    expect(rt.findNoteBox?.(document.body)?.tagName).toBe('BODY');
  });

  test('follows "Update Type" switched to a comment on the reply page', () => {
    loadReply('reply');
    // RT's event-registration.js swaps the message box class when the Update Type changes.
    const box = document.querySelector('.messagebox-container')!;
    box.classList.replace('action-response', 'action-private');
    expect(rt.findComposer(document.body)).toBeNull();
    expect(rt.findNoteBox?.(document.body)).not.toBeNull();
  });

  test('is the plain textarea before CKEditor replaces it, and never the hidden textarea once it has', () => {
    loadFixture('request-tracker', 'reply-before-editor', `${ORIGIN}/Ticket/Update.html?id=1&Action=Respond`);
    expect(rt.findComposer(document.body)?.id).toBe('UpdateContent');
    loadReply('reply');
    expect(rt.findComposer(document.body)?.tagName).toBe('BODY');
  });
});

describe('Request Tracker addresses', () => {
  test.each([
    [`${ORIGIN}/Ticket/Display.html?id=1`, 'request-tracker:rt-reader.heartdesk.test:8190:1'],
    [`${ORIGIN}/Ticket/Update.html?id=1&Action=Respond`, 'request-tracker:rt-reader.heartdesk.test:8190:1'],
    // RT's own page menu links with `;` between parameters.
    [`${ORIGIN}/Ticket/Update.html?Action=Respond;id=1`, 'request-tracker:rt-reader.heartdesk.test:8190:1'],
    [`${ORIGIN}/rt/Ticket/History.html?id=7`, 'request-tracker:rt-reader.heartdesk.test:8190:7'],
    [`${ORIGIN}/Search/Results.html?Query=Queue%20%3D%20'General'`, null],
    [`${ORIGIN}/Ticket/Display.html?id=abc`, null],
    [`${ORIGIN}/Ticket/Forward.html?id=1`, null],
    [`http://elsewhere.test/Ticket/Display.html?id=1`, null],
  ])('%s → %s', (url, key) => {
    expect(rt.ticketKey(new URL(url))).toBe(key);
  });
});

describe('Request Tracker: pages that never show the conversation', () => {
  it.each([
    ['https://rt.example.org/Ticket/Update.html?id=42&Action=Respond', true],
    ['https://rt.example.org/Ticket/Update.html?Action=Comment;id=42', true],
    ['https://rt.example.org/Ticket/Display.html?id=42', false],
    ['https://rt.example.org/Ticket/History.html?id=42', false],
  ])('%s → %s', (url, elsewhere) => {
    expect(requestTracker.threadOnOtherPage?.(new URL(url))).toBe(elsewhere);
  });
});
