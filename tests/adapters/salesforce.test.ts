// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import salesforce from '@/lib/adapters/salesforce';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';
import { expectPlainNote } from '@/tests/adapters/helpdesk-note';

describeAdapterFixtures(salesforce);

test('salesforce says Lightning hides its page and Classic is not included', () => {
  expect(salesforce.support).toBe('limited');
  expectPlainNote(
    salesforce,
    'options_helpdeskNoteSalesforce',
    /reply box you are typing in/,
    /Point it out/,
    /Classic Salesforce pages \(my\.salesforce\.com\) are not included/,
  );
});
