import { activeAdapters } from '@/lib/adapters/active-adapters';
import { cleanTicketLink } from '@/lib/adapters/ticket-link';
import { thankYouQuote } from '@/lib/coach/sign-off';

/**
 * A customer's words and the ticket's address as the journal keeps them (issue 19): the
 * same redaction the sidebar shows, without the customer's signature ("…your help! Priya",
 * walk 2026-12-07 #7), and only what of the address identifies the ticket.
 * Applied here, where the journal is written, because a content script's message is
 * untrusted and the context menu's selection never passed through the sidebar.
 */
export function storedQuote(text: string, ticketUrl: string | undefined): { text: string; ticketUrl?: string } {
  return { text: thankYouQuote(text), ticketUrl: cleanTicketLink(activeAdapters, ticketUrl) };
}
