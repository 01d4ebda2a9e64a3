// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import zohoDesk from '@/lib/adapters/zoho-desk';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';

describeAdapterFixtures(zohoDesk);

test('zoho-desk is limited and says what falls back to generic detection', () => {
  expect(zohoDesk.support).toBe('limited');
  expect(zohoDesk.limitations).toMatch(/generic detection/);
});
