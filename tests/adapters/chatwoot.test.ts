// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import chatwoot from '@/lib/adapters/chatwoot';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';
import { expectPlainNote } from '@/tests/adapters/helpdesk-note';

describeAdapterFixtures(chatwoot);

test('chatwoot says honestly what it cannot tell, and what to do about it', () => {
  expect(chatwoot.support).toBe('limited');
  expectPlainNote(
    chatwoot,
    'options_helpdeskNoteChatwoot',
    /teammate's reply or private note may be read as the customer's/,
    /Point it out/,
    /Self-hosted Chatwoot\? Add your address under “Other sites”/,
  );
});
