// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import gorgias from '@/lib/adapters/gorgias';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';
import { expectPlainNote } from '@/tests/adapters/helpdesk-note';

describeAdapterFixtures(gorgias);

test('gorgias says it coaches the box being typed in, and how to point Heartdesk at the right message', () => {
  expect(gorgias.support).toBe('limited');
  expectPlainNote(gorgias, 'options_helpdeskNoteGorgias', /reply box you are typing in/, /Point it out/);
});
