// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import helpscout from '@/lib/adapters/helpscout';
import { describeAdapterFixtures, loadFixture } from '@/tests/adapters/fixture-suite';

describeAdapterFixtures(helpscout);

test('help scout finds no composer before Reply is clicked (and does not guess)', () => {
  loadFixture('helpscout', 'slate-thread-container', 'https://secure.helpscout.net/conversation/2199011258/891142');
  document.querySelector('[data-testid="reply-bar"]')?.remove();
  expect(helpscout.findComposer(document.body)).toBeNull();
});
