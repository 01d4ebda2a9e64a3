import { editableWithin, queryFirst } from '@/lib/dom/query-first';
import { genericComposer, genericCustomerMessages, genericThread } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** Evidence: docs/helpdesks.md, "Jira Service Management"; queue URLs from public links. */

// /browse/KEY-12, or a queue view with the issue open: …/queues/custom/1/KEY-12
const ISSUE_KEY = /\/([A-Z][A-Z0-9_]+-\d+)\/?$/;

const COMPOSERS = [
  // Jira Cloud comment editor (Atlaskit ProseMirror).
  '.ak-editor-content-area [contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
];

const jiraServiceManagement: HelpdeskAdapter = {
  id: 'jira-service-management',
  name: 'Jira Service Management',
  matches: ['https://*.atlassian.net/jira/servicedesk/*', 'https://*.atlassian.net/browse/*'],
  exampleUrls: [
    'https://acme.atlassian.net/jira/servicedesk/projects/HELP/queues/custom/1/HELP-231',
    'https://acme.atlassian.net/browse/HELP-231',
  ],
  support: 'limited',
  noteKey: 'options_helpdeskNoteJiraServiceManagement',
  ticketKey(url) {
    if (!url.hostname.endsWith('.atlassian.net')) return null;
    if (!url.pathname.startsWith('/browse/') && !url.pathname.startsWith('/jira/servicedesk/')) return null;
    const key = ISSUE_KEY.exec(url.pathname)?.[1];
    return key ? `jira-service-management:${url.hostname}:${key}` : null;
  },
  activeTicketScope(root) {
    // The queue opens issues in a side panel (toggl atlassian.js anchor); the full page otherwise.
    return root.querySelector('[data-testid="issue.views.issue-details.issue-layout.compact-layout"]') ?? root.body;
  },
  findComposer(scope) {
    return editableWithin(queryFirst(scope, COMPOSERS)) ?? genericComposer(scope);
  },
  findThread(scope) {
    return genericThread(scope);
  },
  customerMessages(scope) {
    return genericCustomerMessages(scope);
  },
};

export default jiraServiceManagement;
