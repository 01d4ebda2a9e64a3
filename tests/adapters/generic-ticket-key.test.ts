import { describe, expect, test } from 'vitest';
import { genericTicketKey, urlNamesTicket } from '@/lib/adapters/generic-ticket-key';

const key = (href: string) => genericTicketKey(new URL(href));
const names = (href: string) => urlNamesTicket(new URL(href));

describe('generic ticket key', () => {
  test.each([
    ['query string', 'https://d.test/scp/tickets.php?id=5', 'https://d.test/scp/tickets.php?id=6'],
    ['path', 'https://d.test/conversation/1187', 'https://d.test/conversation/1188'],
    ['hash route', 'https://d.test/#ticket/zoom/5', 'https://d.test/#ticket/zoom/6'],
  ])('tells tickets apart by the id in the %s', (_where, one, other) => {
    expect(key(one)).not.toBe(key(other));
  });

  test('leaves out what changes on the same ticket: paging, sorting, in-page anchors', () => {
    expect(key('https://d.test/scp/tickets.php?id=5&sort=2#reply')).toBe(key('https://d.test/scp/tickets.php?id=5'));
    expect(key('https://d.test/conversation/1187#thread-9051')).toBe(key('https://d.test/conversation/1187'));
  });

  test('reads ids behind `;` separators, as Perl-era helpdesks write them', () => {
    expect(key('https://d.test/Ticket/Update.html?Action=Respond;id=5')).toBe(
      key('https://d.test/Ticket/Update.html?id=5'),
    );
    expect(names('https://d.test/index.pl?Action=AgentTicketZoom;TicketID=12')).toBe(true);
  });

  test('the queue and a ticket never share a key', () => {
    expect(key('https://d.test/scp/tickets.php')).not.toBe(key('https://d.test/scp/tickets.php?id=5'));
  });

  test.each([
    ['https://d.test/scp/tickets.php?id=5', true],
    ['https://d.test/Ticket/Display.html?id=12', true],
    ['https://d.test/conversation/1187?folder_id=4', true],
    ['https://d.test/#ticket/zoom/5', true],
    ['https://d.test/agent/tickets/99', true],
    ['https://d.test/scp/tickets.php', false],
    ['https://d.test/scp/tickets.php?queue=1&p=2', false],
    ['https://d.test/mailbox/2/4', false],
    ['https://d.test/#dashboard', false],
  ])('%s names a ticket: %s', (href, expected) => {
    expect(names(href)).toBe(expected);
  });
});
