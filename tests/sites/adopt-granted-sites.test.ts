import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/index';
import { adoptGrantedSites } from '@/lib/sites/adopt-granted-sites';
import { fakeSitesEnv } from '@/tests/sites/fake-sites-env';

const PATTERNS = ADAPTERS.flatMap((adapter) => adapter.matches);

describe('adoptGrantedSites (a grant that outlived the page that asked)', () => {
  it('lists a granted site no list mentions, once', async () => {
    const fake = fakeSitesEnv();
    expect(await adoptGrantedSites(['https://support.example.com/*'], PATTERNS, fake.env)).toEqual([
      'https://support.example.com',
    ]);
    expect(await adoptGrantedSites(['https://support.example.com/*'], PATTERNS, fake.env)).toEqual([]);
    expect(fake.stored()).toEqual([{ origin: 'https://support.example.com', addedAt: 1_700_000_000_000 }]);
  });

  it('leaves helpdesk grants, wildcards and already listed hosts (any port) alone', async () => {
    const fake = fakeSitesEnv();
    await fake.env.save([{ origin: 'http://127.0.0.1:8090', addedAt: 1 }]);
    const adopted = await adoptGrantedSites(
      ['https://*.zendesk.com/*', 'https://acme.zendesk.com/*', 'https://*/*', '*://x.test/*', 'http://127.0.0.1/*'],
      PATTERNS,
      fake.env,
    );
    expect(adopted).toEqual([]);
    expect(fake.stored()).toEqual([{ origin: 'http://127.0.0.1:8090', addedAt: 1 }]);
  });
});
