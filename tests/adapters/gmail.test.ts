// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import gmail from '@/lib/adapters/gmail';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';

describeAdapterFixtures(gmail);

test('gmail is not a ticket view on the inbox list', () => {
  expect(gmail.ticketKey(new URL('https://mail.google.com/mail/u/0/#inbox'))).toBeNull();
});
