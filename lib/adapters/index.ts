import chatwoot from '@/lib/adapters/chatwoot';
import freshdesk from '@/lib/adapters/freshdesk';
import front from '@/lib/adapters/front';
import gmail from '@/lib/adapters/gmail';
import gorgias from '@/lib/adapters/gorgias';
import helpscout from '@/lib/adapters/helpscout';
import hubspot from '@/lib/adapters/hubspot';
import intercom from '@/lib/adapters/intercom';
import jiraServiceManagement from '@/lib/adapters/jira-service-management';
import requestTracker from '@/lib/adapters/request-tracker';
import salesforce from '@/lib/adapters/salesforce';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import zammad from '@/lib/adapters/zammad';
import zendesk from '@/lib/adapters/zendesk';
import zohoDesk from '@/lib/adapters/zoho-desk';

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
  requestTracker,
  salesforce,
  zammad,
  zendesk,
  zohoDesk,
];
