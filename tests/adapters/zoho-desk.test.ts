// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import zohoDesk from '@/lib/adapters/zoho-desk';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';
import { expectPlainNote } from '@/tests/adapters/helpdesk-note';

describeAdapterFixtures(zohoDesk);

test('zoho desk says it coaches the box being typed in, and where other data centres go', () => {
  expect(zohoDesk.support).toBe('limited');
  expectPlainNote(
    zohoDesk,
    'options_helpdeskNoteZohoDesk',
    /reply box you are typing in/,
    /Point it out/,
    /desk\.zoho\.eu.*“Other sites”/,
  );
});
