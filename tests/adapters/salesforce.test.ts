// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import salesforce from '@/lib/adapters/salesforce';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';

describeAdapterFixtures(salesforce);

test('salesforce is limited and says what falls back to generic detection', () => {
  expect(salesforce.support).toBe('limited');
  expect(salesforce.limitations).toMatch(/generic detection/);
});
