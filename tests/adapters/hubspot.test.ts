// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import hubspot from '@/lib/adapters/hubspot';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';

describeAdapterFixtures(hubspot);

test('hubspot is limited and says what falls back to generic detection', () => {
  expect(hubspot.support).toBe('limited');
  expect(hubspot.limitations).toMatch(/generic detection/);
});
