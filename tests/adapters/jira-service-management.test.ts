// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import jiraServiceManagement from '@/lib/adapters/jira-service-management';
import { describeAdapterFixtures } from '@/tests/adapters/fixture-suite';
import { expectPlainNote } from '@/tests/adapters/helpdesk-note';

describeAdapterFixtures(jiraServiceManagement);

test('jira service management says internal comments may pass for the customer, and where Server goes', () => {
  expect(jiraServiceManagement.support).toBe('limited');
  expectPlainNote(
    jiraServiceManagement,
    'options_helpdeskNoteJiraServiceManagement',
    /internal comment may be read as the customer's/,
    /Point it out/,
    /Jira Server or Data Center .* “Other sites”/,
    /\/browse\//,
  );
});
