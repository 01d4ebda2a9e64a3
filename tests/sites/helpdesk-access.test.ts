import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/index';
import {
  askForHelpdesk,
  giveBackHelpdesk,
  helpdeskAccess,
  helpdeskGrants,
  helpdeskOrigins,
} from '@/lib/sites/helpdesk-access';
import { fakeSitesEnv } from '@/tests/sites/fake-sites-env';

const zendesk = ADAPTERS.find((adapter) => adapter.id === 'zendesk')!;
const jira = ADAPTERS.find((adapter) => adapter.id === 'jira-service-management')!;

describe('a built-in helpdesk is on only when the browser grants it', () => {
  it("off with nothing granted, on with its own grant or one company's, switched off when the agent said so", () => {
    expect(helpdeskAccess(zendesk, [], [])).toEqual({ state: 'off', grants: [] });
    expect(helpdeskAccess(zendesk, ['https://*.zendesk.com/*'], [])).toEqual({
      state: 'on',
      grants: ['https://*.zendesk.com/*'],
    });
    expect(helpdeskAccess(zendesk, ['https://acme.zendesk.com/*'], []).state).toBe('on');
    expect(helpdeskAccess(zendesk, ['https://*.zendesk.com/*'], ['zendesk']).state).toBe('switched-off');
  });

  it('another helpdesk\'s grant, an http grant or an "every site" grant does not count', () => {
    expect(helpdeskGrants(zendesk, ['https://app.intercom.com/*', 'http://acme.zendesk.com/*', 'https://*/*'])).toEqual(
      [],
    );
  });

  it("asks for exactly the helpdesk's patterns, no more", async () => {
    const fake = fakeSitesEnv();
    expect(await askForHelpdesk(jira, fake.permissions)).toBe(true);
    expect(fake.requests).toEqual([[...jira.matches]]);
    expect([...fake.granted]).toEqual(['https://*.atlassian.net/*']);
    expect(helpdeskOrigins(jira)).toEqual(['https://*.atlassian.net/*']);
  });

  it('a refusal changes nothing', async () => {
    const fake = fakeSitesEnv({ grant: false });
    expect(await askForHelpdesk(zendesk, fake.permissions)).toBe(false);
    expect(fake.granted.size).toBe(0);
  });

  it('giving back removes every grant that reaches the helpdesk and nothing else', async () => {
    const fake = fakeSitesEnv();
    for (const grant of ['https://*.zendesk.com/*', 'https://acme.zendesk.com/*', 'https://app.intercom.com/*'])
      fake.granted.add(grant);
    expect(await giveBackHelpdesk(zendesk, fake.permissions, [...fake.granted])).toBe(true);
    expect([...fake.granted]).toEqual(['https://app.intercom.com/*']);
  });
});
