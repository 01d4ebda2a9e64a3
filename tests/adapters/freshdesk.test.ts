// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import freshdesk from '@/lib/adapters/freshdesk';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';
import { expectPlainNote } from '@/tests/adapters/helpdesk-note';

describeAdapterFixtures(freshdesk);

test('freshdesk says it finds the reply box but not who wrote each message', () => {
  expect(freshdesk.support).toBe('limited');
  expectPlainNote(
    freshdesk,
    'options_helpdeskNoteFreshdesk',
    /finds Freshdesk's reply box/,
    /who wrote each message/,
    /Point it out/,
  );
});
