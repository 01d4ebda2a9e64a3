// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import jiraServiceManagement from '@/lib/adapters/jira-service-management';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';

describeAdapterFixtures(jiraServiceManagement);

test('jira-service-management is limited and says what falls back to generic detection', () => {
  expect(jiraServiceManagement.support).toBe('limited');
  expect(jiraServiceManagement.limitations).toMatch(/generic detection/);
});
