import type { CustomerMessage, HelpdeskAdapter } from '@/lib/adapters/types';

/**
 * Reads the tour's sample ticket (TourTicket.tsx) the way an adapter reads a real
 * helpdesk, so the tour runs the real watcher, engine and sidebar instead of
 * pictures that would go stale. It lives beside the markup it reads; it is not a
 * helpdesk and never enters the adapter registry.
 */
export const tourAdapter: HelpdeskAdapter = {
  id: 'tour',
  name: 'tour',
  matches: [],
  exampleUrls: [],
  support: 'full',
  ticketKey: () => 'tour',
  activeTicketScope: (root) => root.querySelector('[data-tour-ticket]'),
  findComposer: (scope) => scope.querySelector<HTMLElement>('[data-tour-reply]'),
  findThread: (scope) => scope.querySelector('[data-tour-thread]'),
  customerMessages: (scope): CustomerMessage[] =>
    [...scope.querySelectorAll('[data-tour-customer]')].map((element) => ({
      element,
      text: (element.textContent ?? '').trim(),
    })),
};
