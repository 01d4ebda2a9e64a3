import type { CustomerMessage, HelpdeskAdapter } from '@/lib/adapters/types';

/**
 * The bundled demo helpdesk (tests/demo/), served on 127.0.0.1. Only `--mode
 * test` builds load it, so a store build never runs on local addresses.
 */
export const demoAdapter: HelpdeskAdapter = {
  id: 'demo',
  name: 'Heartdesk demo helpdesk',
  matches: ['http://127.0.0.1/*'],
  exampleUrls: ['http://127.0.0.1:4173/demo/tickets/101', 'http://127.0.0.1:4173/demo/tickets/102'],
  support: 'full',
  ticketKey(url) {
    return /^\/demo\/tickets\/(\d+)\/?$/.exec(url.pathname)?.[1] ?? null;
  },
  activeTicketScope(root) {
    return root.querySelector('main.hd-ticket[data-active="true"]');
  },
  findComposer(scope) {
    // Ticket 104 keeps its reply box hidden until "Reply" is clicked: a hidden box is no reply box.
    return scope.querySelector<HTMLElement>('.hd-composer:not([hidden]) [contenteditable="true"][role="textbox"]');
  },
  findThread(scope) {
    return scope.querySelector('ol.hd-thread');
  },
  customerMessages(scope): CustomerMessage[] {
    return [...scope.querySelectorAll('li.hd-message[data-author-role="customer"] .hd-message-body')].map(
      (element) => ({ element, text: (element.textContent ?? '').trim() }),
    );
  },
};
