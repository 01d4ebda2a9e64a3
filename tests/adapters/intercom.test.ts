// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import intercom from '@/lib/adapters/intercom';
import { describeAdapterFixtures, loadFixture } from '@/tests/adapters/fixture-suite';

describeAdapterFixtures(intercom);

test('intercom prefers the reply composer over the note composer', () => {
  loadFixture('intercom', 'ember-author-types', 'https://app.intercom.com/a/apps/abc123xy/conversations/9001');
  const composer = intercom.findComposer(intercom.activeTicketScope(document)!);
  expect(composer?.closest('.o__note')).toBeNull();
});

test('intercom reads each part of a customer group as its own message', () => {
  loadFixture(
    'intercom',
    'inbox-part-groups',
    'https://app.intercom.com/a/inbox/abc123xy/inbox/shared/all/conversation/215471',
  );
  const texts = intercom.customerMessages(document.body).map((message) => message.text);
  expect(texts.slice(0, 2)).toEqual([
    'Hi, my annual plan renewed although I cancelled in September.',
    'Can you refund it please?',
  ]);
});
