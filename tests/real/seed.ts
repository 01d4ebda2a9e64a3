import { createTicket, findTickets, history, mailFromRequestor, staffUpdate } from '@/tests/real/rt-rest';
import { TICKETS, type SeedTicket } from '@/tests/real/tickets';

export type SeededIds = Record<SeedTicket['name'], number>;

/** Every seeded ticket's RT id, by the name the tests use. */
export async function seedTickets(apiBase: string): Promise<SeededIds> {
  const ids: Partial<SeededIds> = {};
  // Mail dates an hour apart, oldest first, so the thread reads like a real exchange.
  let clock = Date.UTC(2025, 3, 7, 9, 0, 0);
  const nextDate = () => new Date((clock += 3_600_000));
  for (const ticket of TICKETS) {
    const [first, ...rest] = ticket.steps;
    const id = await openTicket(apiBase, ticket, first!.text, nextDate());
    for (const step of rest) {
      const before = (await history(apiBase, id)).length;
      if (step.by === 'staff') await staffUpdate(apiBase, id, 'correspond', step.text);
      else if (step.by === 'staff-note') await staffUpdate(apiBase, id, 'comment', step.text);
      else
        mailFromRequestor(apiBase, {
          from: ticket.requestor,
          subject: ticket.subject,
          text: step.text,
          ticket: id,
          date: nextDate(),
        });
      await expectNewTransaction(apiBase, id, before, step.text);
    }
    ids[ticket.name] = id;
  }
  return ids as SeededIds;
}

async function openTicket(apiBase: string, ticket: SeedTicket, text: string, date: Date): Promise<number> {
  if (ticket.openedBy === 'staff') {
    return createTicket(apiBase, { subject: ticket.subject, requestor: ticket.requestor.email, text });
  }
  // A customer's first mail: RT records the requestor as the author of the Create transaction.
  mailFromRequestor(apiBase, { from: ticket.requestor, subject: ticket.subject, text, date });
  const found = await findTickets(apiBase, ticket.subject);
  if (found.length !== 1) throw new Error(`Mail "${ticket.subject}" made ${found.length} tickets (expected 1).`);
  return found[0]!;
}

/** rt-mailgate exits 0 even when RT refuses the mail (rights): check the thread grew by this text. */
async function expectNewTransaction(apiBase: string, id: number, before: number, text: string): Promise<void> {
  const entries = await history(apiBase, id);
  const firstLine = text.split('\n').find((line) => line.trim() !== '')!;
  if (entries.length <= before || !entries.some((entry) => entry.content.includes(firstLine))) {
    throw new Error(`RT did not record "${firstLine}" on ticket ${id}.`);
  }
}
