/**
 * The ticket's subject as the helpdesk shows it in the tab title, for a win saved
 * from the sidebar ("Refund for order 4471 · Acme Support" → "Refund for order 4471").
 * Helpdesks put the subject first and their name last ("– Zendesk", "| Intercom",
 * Gmail adds the account's address before its name): trailing parts that are the
 * app or an address are dropped. A title with nothing else left gives undefined.
 */
// Starts only where a run of spaces starts, so a long run without a separator is scanned once.
const SEPARATOR = /(?<!\s)\s+[·|–—-]\s+/u;
const MAX_SUBJECT = 300;

export function ticketSubjectFromTitle(title: string): string | undefined {
  const parts = title.trim().split(SEPARATOR);
  if (parts.length < 2) return undefined;
  parts.pop();
  while (parts.length > 1 && parts[parts.length - 1]!.includes('@')) parts.pop();
  const subject = parts.join(' · ').trim();
  return subject ? subject.slice(0, MAX_SUBJECT) : undefined;
}
