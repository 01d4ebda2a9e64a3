// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/index';
import { chooseAdapter } from '@/lib/content/choose-adapter';
import { loadFixture } from '@/tests/adapters/fixture-suite';

const custom =
  (...origins: string[]) =>
  (origin: string) =>
    origins.includes(origin);

describe('chooseAdapter', () => {
  test('a built-in helpdesk by its address', () => {
    loadFixture('zendesk', 'agent-workspace-2023', 'https://acme.zendesk.com/agent/tickets/1');
    expect(chooseAdapter(document, ADAPTERS, custom())?.id).toBe('zendesk');
  });

  test('on a site the agent added, the self-hosted product the page shows, bound to that server', () => {
    const origin = 'http://rt-reader.heartdesk.test:8190';
    loadFixture('request-tracker', 'display-angry', `${origin}/Ticket/Display.html?id=1`);
    const adapter = chooseAdapter(document, ADAPTERS, custom(origin));
    expect(adapter?.id).toBe('request-tracker');
    expect(adapter?.ticketKey(new URL(`${origin}/Ticket/Display.html?id=1`))).toBe(
      'request-tracker:rt-reader.heartdesk.test:8190:1',
    );
    expect(adapter?.ticketKey(new URL('http://elsewhere.test/Ticket/Display.html?id=1'))).toBeNull();
  });

  test('on a site the agent added whose product is unknown, generic detection', () => {
    loadFixture('generic', 'osticket-ticket-view', 'https://help.example.org/scp/tickets.php?id=204417');
    expect(chooseAdapter(document, ADAPTERS, custom('https://help.example.org'))?.id).toBe('generic');
  });

  test('nothing on a site the agent did not add, whatever the page is', () => {
    loadFixture('request-tracker', 'display-angry', 'http://rt-reader.heartdesk.test:8190/Ticket/Display.html?id=1');
    expect(chooseAdapter(document, ADAPTERS, custom())).toBeNull();
  });
});
