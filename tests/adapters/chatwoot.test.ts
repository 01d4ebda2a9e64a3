// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import chatwoot from '@/lib/adapters/chatwoot';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';

describeAdapterFixtures(chatwoot);

test('chatwoot says honestly what it cannot tell', () => {
  expect(chatwoot.support).toBe('limited');
  expect(chatwoot.limitations).toMatch(/other agents/);
});
