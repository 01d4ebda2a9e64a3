import chatwoot from './chatwoot';
import freshdesk from './freshdesk';
import front from './front';
import gmail from './gmail';
import gorgias from './gorgias';
import helpscout from './helpscout';
import hubspot from './hubspot';
import intercom from './intercom';
import jiraServiceManagement from './jira-service-management';
import salesforce from './salesforce';
import type { HelpdeskAdapter } from './types';
import zammad from './zammad';
import zendesk from './zendesk';
import zohoDesk from './zoho-desk';

/**
 * Explicit registry, sorted by id. A conventions test checks that every file in
 * this folder is listed here, has fixtures and a test. (The local demo helpdesk
 * adapter, `demo`, slots in alphabetically like any other.)
 */
export const ADAPTERS: readonly HelpdeskAdapter[] = [
  chatwoot,
  freshdesk,
  front,
  gmail,
  gorgias,
  helpscout,
  hubspot,
  intercom,
  jiraServiceManagement,
  salesforce,
  zammad,
  zendesk,
  zohoDesk,
];
