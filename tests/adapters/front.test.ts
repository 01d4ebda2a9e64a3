// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import front from '@/lib/adapters/front';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';
import { expectPlainNote } from '@/tests/adapters/helpdesk-note';

describeAdapterFixtures(front);

test('front says it coaches the box being typed in, and how to point Heartdesk at the right message', () => {
  expect(front.support).toBe('limited');
  expectPlainNote(front, 'options_helpdeskNoteFront', /reply box you are typing in/, /Point it out/);
});
