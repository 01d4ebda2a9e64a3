import { describe, expect, it, vi } from 'vitest';
import { classifySender, createRouter, type Handlers, type SenderInfo } from '@/lib/messaging/router';
import { MESSAGES, type MessageType } from '@/lib/messaging/protocol';

const EXTENSION_ID = 'heartdeskextensionid';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

const SENDERS: Record<'content-script' | 'extension-page' | 'foreign', SenderInfo> = {
  'content-script': { id: EXTENSION_ID, url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: 3 } },
  'extension-page': { id: EXTENSION_ID, url: `${ORIGIN}popup.html` },
  foreign: { id: 'someotherextension', url: 'chrome-extension://someotherextension/page.html' },
};

const VALID_PAYLOADS: Record<MessageType, unknown> = {
  'detector→background:load-sidebar': {},
  'sidebar→background:save-win': {
    id: 'abcdef1234567890',
    text: 'They said thanks',
    kind: 'thank-you',
    ticketSubject: 'Refund for order 4471',
  },
  'sidebar→background:annotate-win': { id: 'abcdef1234567890', tags: ['billing'], note: 'Third try worked' },
  'page→background:index-words': {},
  'sidebar→background:health': {
    adapterId: 'zendesk',
    site: '',
    ticketFound: true,
    composerFound: true,
    customerMessageFound: false,
    support: 'full',
  },
  'sidebar→background:remember-thread': { ticketKey: 'request-tracker:rt.example.org:1', messages: ['Still broken.'] },
  'sidebar→background:recall-thread': { ticketKey: 'request-tracker:rt.example.org:1' },
  'page→background:health-list': {},
  'sidebar→background:random-win': {},
  'sidebar→background:nudge-event': { ruleId: 'excuse-policy', event: 'seen' },
  'sidebar→background:open-page': { page: 'journal' },
  'sidebar→background:ping': {},
};

function spyHandlers() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    (Object.keys(MESSAGES) as MessageType[]).map((type) => [type, vi.fn(async () => calls.push(type))]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

describe('classifySender', () => {
  it('tells content scripts, extension pages and foreign senders apart from what the browser reports', () => {
    expect(classifySender(SENDERS['content-script'], EXTENSION_ID, ORIGIN)).toBe('content-script');
    expect(classifySender(SENDERS['extension-page'], EXTENSION_ID, ORIGIN)).toBe('extension-page');
    expect(classifySender(SENDERS.foreign, EXTENSION_ID, ORIGIN)).toBe('foreign');
    // A journal page open in a tab is still an extension page, not a content script.
    expect(classifySender({ ...SENDERS['extension-page'], tab: { id: 9 } }, EXTENSION_ID, ORIGIN)).toBe(
      'extension-page',
    );
    expect(classifySender({ id: EXTENSION_ID }, EXTENSION_ID, ORIGIN)).toBe('foreign');
  });
});

describe('message boundary: every message type × sender kind', () => {
  for (const type of Object.keys(MESSAGES) as MessageType[]) {
    for (const [kind, sender] of Object.entries(SENDERS)) {
      const allowed = (MESSAGES[type].senders as string[]).includes(kind);
      it(`${type} from ${kind} is ${allowed ? 'handled' : 'refused without running the handler'}`, async () => {
        const { handlers, calls } = spyHandlers();
        const route = createRouter(handlers, EXTENSION_ID, ORIGIN);
        const response = await route({ type, payload: VALID_PAYLOADS[type] }, sender);
        expect(response.ok).toBe(allowed);
        expect(calls).toEqual(allowed ? [type] : []);
      });
    }
  }
});

describe('malformed messages are rejected without a throw or a handler call', () => {
  const malformed: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['a string', 'save-win'],
    ['an array', [1, 2]],
    ['unknown type', { type: 'sidebar→background:delete-everything', payload: {} }],
    ['prototype key as type', { type: '__proto__', payload: {} }],
    ['extra envelope key', { type: 'sidebar→background:ping', payload: {}, extra: 1 }],
    ['missing payload fields', { type: 'sidebar→background:save-win', payload: { text: 'x' } }],
    [
      'extra payload field',
      {
        type: 'sidebar→background:save-win',
        payload: { ...(VALID_PAYLOADS['sidebar→background:save-win'] as object), source: 'import' },
      },
    ],
    [
      'wrong kind',
      { type: 'sidebar→background:save-win', payload: { id: 'abcdef1234567890', text: 'x', kind: 'bribe' } },
    ],
    [
      'oversized text',
      {
        type: 'sidebar→background:save-win',
        payload: { id: 'abcdef1234567890', text: 'x'.repeat(10_001), kind: 'save' },
      },
    ],
    [
      'id with odd characters',
      { type: 'sidebar→background:save-win', payload: { id: '../../etc/passwd', text: 'x', kind: 'save' } },
    ],
    [
      'oversized ticket subject',
      {
        type: 'sidebar→background:save-win',
        payload: { id: 'abcdef1234567890', text: 'x', kind: 'save', ticketSubject: 's'.repeat(301) },
      },
    ],
    [
      'an annotation that tries to change the text',
      { type: 'sidebar→background:annotate-win', payload: { id: 'abcdef1234567890', text: 'rewritten' } },
    ],
    [
      'an oversized note',
      { type: 'sidebar→background:annotate-win', payload: { id: 'abcdef1234567890', note: 'n'.repeat(2_001) } },
    ],
  ];
  it.each(malformed)('%s', async (_label, message) => {
    const { handlers, calls } = spyHandlers();
    const route = createRouter(handlers, EXTENSION_ID, ORIGIN);
    const response = await route(message, SENDERS['content-script']);
    expect(response.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('turns a failing handler into { ok: false } with its reason', async () => {
    const { handlers } = spyHandlers();
    handlers['sidebar→background:ping'] = async () => {
      throw new Error('disk full');
    };
    const route = createRouter(handlers, EXTENSION_ID, ORIGIN);
    expect(await route({ type: 'sidebar→background:ping', payload: {} }, SENDERS['content-script'])).toEqual({
      ok: false,
      error: 'disk full',
    });
  });
});
