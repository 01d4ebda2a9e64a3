// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import gorgias from '@/lib/adapters/gorgias';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';

describeAdapterFixtures(gorgias);

test('gorgias is limited and says what falls back to generic detection', () => {
  expect(gorgias.support).toBe('limited');
  expect(gorgias.limitations).toMatch(/generic detection/);
});
