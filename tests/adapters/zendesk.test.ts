// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import zendesk from '@/lib/adapters/zendesk';
import { describeAdapterFixtures, loadFixture } from '@/tests/adapters/fixture-suite';

describeAdapterFixtures(zendesk);

describe('zendesk specifics', () => {
  test('keeps paragraphs of one message on separate lines and drops the signature', () => {
    loadFixture('zendesk', 'agent-workspace-2023', 'https://acme.zendesk.com/agent/tickets/4242');
    const [first] = zendesk.customerMessages(zendesk.activeTicketScope(document)!);
    expect(first?.text).toBe('Hello, I returned the blender on November 3rd.\nThe refund still has not arrived.');
  });

  test('is unsure (null scope) when several tickets are open and none is marked active', () => {
    loadFixture('zendesk', 'legacy-ticket-panes', 'https://acme.zendesk.com/agent/dashboard');
    expect(zendesk.activeTicketScope(document)).toBeNull();
  });

  test('picks the pane of the ticket in the URL', () => {
    loadFixture('zendesk', 'legacy-ticket-panes', 'https://acme.zendesk.com/agent/tickets/812');
    expect(zendesk.activeTicketScope(document)?.getAttribute('data-ticket-id')).toBe('812');
  });
});
