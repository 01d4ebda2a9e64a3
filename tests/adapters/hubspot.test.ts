// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import hubspot from '@/lib/adapters/hubspot';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';
import { expectPlainNote } from '@/tests/adapters/helpdesk-note';

describeAdapterFixtures(hubspot);

test('hubspot says it coaches the box being typed in, and how to point Heartdesk at the right message', () => {
  expect(hubspot.support).toBe('limited');
  expectPlainNote(hubspot, 'options_helpdeskNoteHubSpot', /reply box you are typing in/, /Point it out/);
});
