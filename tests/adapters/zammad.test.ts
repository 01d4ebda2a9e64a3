// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import zammad from '@/lib/adapters/zammad';
import { describeAdapterFixtures, loadFixture } from '@/tests/adapters/fixture-suite';

describeAdapterFixtures(zammad);

test('zammad scope is the active tab, not the first ticket in the DOM', () => {
  loadFixture('zammad', 'ticket-zoom-tabs', 'https://acme.zammad.com/#ticket/zoom/311');
  expect(zammad.activeTicketScope(document)?.id).toBe('content_permanent_TicketZoom311');
});

test('zammad keeps the two lines of a customer article apart', () => {
  loadFixture('zammad', 'ticket-zoom-tabs', 'https://acme.zammad.com/#ticket/zoom/311');
  const [first] = zammad.customerMessages(zammad.activeTicketScope(document)!);
  expect(first?.text).toBe('Our heating stopped working last night.\nWe have a baby at home, please send someone.');
});
