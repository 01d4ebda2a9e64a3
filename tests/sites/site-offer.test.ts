import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/index';
import { siteOffer, type OfferFacts } from '@/lib/sites/site-offer';

const facts = (url: string | undefined, patch: Partial<OfferFacts> = {}): OfferFacts => ({
  url,
  helpdesks: ADAPTERS,
  granted: [],
  switchedOff: [],
  sites: [],
  ...patch,
});

describe('siteOffer (the popup on the page it was opened on)', () => {
  it("on a built-in helpdesk not yet allowed: that helpdesk on this company's host only", () => {
    expect(siteOffer(facts('https://acme.zendesk.com/agent/tickets/4242'))).toEqual({
      kind: 'helpdesk',
      helpdeskId: 'zendesk',
      name: 'Zendesk',
      host: 'acme.zendesk.com',
      origins: ['https://acme.zendesk.com/agent/*'],
    });
    const jira = siteOffer(facts('https://acme.atlassian.net/browse/HELP-1'));
    expect(jira.kind === 'helpdesk' && [...jira.origins].sort()).toEqual([
      'https://acme.atlassian.net/browse/*',
      'https://acme.atlassian.net/jira/servicedesk/*',
    ]);
  });

  it('offers nothing where Heartdesk already runs: the whole helpdesk, or this company of it, granted', () => {
    for (const granted of [['https://*.zendesk.com/*'], ['https://acme.zendesk.com/*']])
      expect(siteOffer(facts('https://acme.zendesk.com/agent/tickets/1', { granted }))).toEqual({
        kind: 'on',
        name: 'Zendesk',
      });
    expect(
      siteOffer(facts('https://other.zendesk.com/agent/tickets/1', { granted: ['https://acme.zendesk.com/*'] })).kind,
    ).toBe('helpdesk');
  });

  it('a switched-off helpdesk is offered again even though the browser still grants it', () => {
    expect(
      siteOffer(
        facts('https://app.intercom.com/a/inbox', {
          granted: ['https://app.intercom.com/*'],
          switchedOff: ['intercom'],
        }),
      ).kind,
    ).toBe('helpdesk');
  });

  it('on any other web page: this one site, every port; again when its grant was taken back', () => {
    expect(siteOffer(facts('https://support.example.com:8443/tickets/7'))).toEqual({
      kind: 'site',
      origin: 'https://support.example.com:8443',
      host: 'support.example.com:8443',
      needsAccessAgain: false,
    });
    const sites = [{ origin: 'https://support.example.com', addedAt: 1 }];
    expect(siteOffer(facts('https://support.example.com/x', { sites }))).toMatchObject({
      kind: 'site',
      needsAccessAgain: true,
    });
    expect(
      siteOffer(facts('https://support.example.com/x', { sites, granted: ['https://support.example.com/*'] })),
    ).toEqual({
      kind: 'on',
      name: 'support.example.com',
    });
  });

  it('nothing on pages no content script can run on, or without an address', () => {
    for (const url of [
      undefined,
      '',
      'chrome://extensions',
      'about:blank',
      'file:///tmp/x.html',
      'http://localhost:3000/',
    ])
      expect(siteOffer(facts(url))).toEqual({ kind: 'none' });
  });
});
