// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import freshdesk from '@/lib/adapters/freshdesk';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';

describeAdapterFixtures(freshdesk);

test('freshdesk is limited and says what falls back to generic detection', () => {
  expect(freshdesk.support).toBe('limited');
  expect(freshdesk.limitations).toMatch(/generic detection/);
});
