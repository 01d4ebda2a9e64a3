/**
 * The conversations seeded into Request Tracker. Written for these tests (no real
 * customer's words). Each thread mixes the requestor's mail with staff replies,
 * and the staff replies are deliberately polite and thankful, as real ones are:
 * a reader that takes staff text for the customer's would find gratitude on the
 * angry ticket and offer a false "win". The quoted ticket's follow-up quotes an
 * empathetic staff reply full of frustration words under "On … wrote:" lines, and
 * the confused ticket carries an internal note about the customer's annoyance.
 */

export type Step =
  /** Mail from the requestor through rt-mailgate (RT records the requestor as author). */
  | { by: 'requestor'; text: string }
  /** A staff reply through REST 1.0 (`Action: correspond`, authored by root). */
  | { by: 'staff'; text: string }
  /** An internal note (`Action: comment`): staff-only, never sent to the requestor. */
  | { by: 'staff-note'; text: string };

export interface SeedTicket {
  /** Stable name the tests use; RT's ids come back from seeding. */
  name: 'angry' | 'confused' | 'grateful' | 'quoted';
  subject: string;
  requestor: { name: string; email: string };
  /** Who opens the ticket: the customer by mail, or staff through REST (outreach). */
  openedBy: 'requestor' | 'staff';
  steps: Step[];
  /** The mood the sidebar must find from the requestor's own words. */
  expectedSignal: 'frustration' | 'confusion' | 'gratitude';
}

export const STAFF_THANKS =
  'Hi Dana,\n\nThanks so much for reaching out, and thank you for your patience! We really appreciate it. ' +
  'Could you send me the last four digits of the card that was charged? Then I can look into it right away.\n\nBest,\nSam';

export const QUOTED_STAFF_REPLY =
  'Hi Marco,\n\nI completely understand how frustrating and unacceptable it is to be billed for seats you never used, ' +
  'and I am sorry we let this happen again. I have removed the three extra seats and credited the difference.\n\nSam';

export const TICKETS: readonly SeedTicket[] = [
  {
    name: 'angry',
    subject: 'Charged twice for order 48213',
    requestor: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
    openedBy: 'requestor',
    expectedSignal: 'frustration',
    steps: [
      {
        by: 'requestor',
        text:
          'Hello,\n\nI was charged twice for order 48213: $129.00 on March 3 and again on March 4. ' +
          'I only placed one order. Please refund the second charge.\n\nDana',
      },
      { by: 'staff', text: STAFF_THANKS },
      {
        by: 'requestor',
        text:
          'This is ridiculous. I already gave you the card details on the phone last week and nobody did anything. ' +
          "It's the third time I'm explaining this and I'm absolutely fed up. I have been waiting eight days for my own money. " +
          'Refund the duplicate charge today or I will dispute it with my bank.\n\nDana',
      },
    ],
  },
  {
    name: 'confused',
    subject: 'Where is the export button?',
    requestor: { name: 'Lee Okafor', email: 'lee.okafor@example.com' },
    openedBy: 'requestor',
    expectedSignal: 'confusion',
    steps: [
      {
        by: 'requestor',
        text:
          'Hi,\n\nThe help article says I can export my contacts to a CSV file, but I cannot find an Export button anywhere. ' +
          'Is it under Settings?\n\nLee',
      },
      {
        by: 'staff',
        text:
          'Hi Lee,\n\nThanks for getting in touch! Export is in the Contacts list, under the menu with three dots at the top right. ' +
          'Happy to help if anything else comes up.\n\nSam',
      },
      {
        by: 'staff-note',
        text:
          'Lee is on the Starter plan, which has no export. They were already annoyed and upset about the last price change, ' +
          'so go gently when suggesting the upgrade.',
      },
      {
        by: 'requestor',
        text:
          "Sorry, I'm still confused. I don't see a menu with three dots, only Import and Filter. " +
          "Do I need a different plan for this? I don't understand what I'm missing, and I'm not sure where else to look.\n\nLee",
      },
    ],
  },
  {
    name: 'grateful',
    subject: 'Your replacement headset has shipped',
    requestor: { name: 'Priya Raman', email: 'priya.raman@example.com' },
    openedBy: 'staff',
    expectedSignal: 'gratitude',
    steps: [
      {
        by: 'staff',
        text:
          'Hi Priya,\n\nYour replacement headset shipped today with tracking number 1Z 999 AA1 0123 4567 84. ' +
          'It should arrive by Thursday.\n\nSam',
      },
      {
        by: 'requestor',
        text:
          'It arrived this morning and works perfectly. Thank you so much for sorting this out so quickly, ' +
          'I really appreciate your help!\n\nPriya',
      },
      { by: 'staff', text: 'Glad to hear it, Priya. Enjoy the new headset!\n\nSam' },
    ],
  },
  {
    name: 'quoted',
    subject: 'Invoice shows 12 seats, we have 9',
    requestor: { name: 'Marco Bellini', email: 'marco.bellini@example.com' },
    openedBy: 'requestor',
    expectedSignal: 'confusion',
    steps: [
      {
        by: 'requestor',
        text: 'Hello,\n\nOur April invoice lists 12 seats, but our team has 9 users. Could you check it?\n\nMarco Bellini\nFinance, Bellini Tiles',
      },
      { by: 'staff', text: QUOTED_STAFF_REPLY },
      {
        by: 'requestor',
        text: [
          'Thanks for the quick fix. One question: the new invoice shows 12 seats on the first page and 9 on the second. ' +
            "Which number is the one we pay? I'm a bit confused.",
          '',
          'Marco',
          '',
          'On Tue, Apr 8, 2025 at 10:14 AM Support <rt@vm> wrote:',
          ...QUOTED_STAFF_REPLY.split('\n').map((line) => (line ? `> ${line}` : '>')),
        ].join('\n'),
      },
    ],
  },
];

/** The part of a requestor's mail that is theirs: everything before the "On … wrote:" line. */
export function ownWords(text: string): string {
  const quoteStart = text.search(/^On .+ wrote:$/m);
  return quoteStart < 0 ? text : text.slice(0, quoteStart);
}

export function ticketNamed(name: SeedTicket['name']): SeedTicket {
  return TICKETS.find((ticket) => ticket.name === name)!;
}
