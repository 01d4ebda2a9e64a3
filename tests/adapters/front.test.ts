// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import front from '@/lib/adapters/front';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';

describeAdapterFixtures(front);

test('front is limited and says what falls back to generic detection', () => {
  expect(front.support).toBe('limited');
  expect(front.limitations).toMatch(/generic detection/);
});
