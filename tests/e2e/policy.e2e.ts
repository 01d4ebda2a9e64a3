/**
 * Issue 20 in a real browser: Chromium reads a real policy file from
 * /etc/chromium/policies/managed/ and hands the extension its `3rdparty` data through
 * storage.managed. The test build is the demo build pinned to an id of its own (a manifest
 * `key`); Chromium 156 hands managed data to an extension loaded with --load-extension as
 * well as to a force-installed one (checked while writing this, see docs/deploying.md), so
 * no force-install is needed. Runs as root (CI does); the policy file names only this run's
 * id and is removed afterwards, on Ctrl-C and on exit (tests/e2e/policy-support.ts).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_OUTPUT_DIR, type ExtensionBrowser } from '@/tests/e2e/browser';
import { startFixtureServer, type FixtureServer } from '@/tests/e2e/fixture-server';
import { sidebarsAfterLoad } from '@/tests/e2e/pre-granted-site';
import {
  canWritePolicies,
  chromiumPolicyFor,
  pinnedDemoBuild,
  type ChromiumPolicy,
  type PinnedBuild,
} from '@/tests/e2e/policy-support';

const HOST = 'support.policy.test';
// Chromium notices a changed policy file by itself, after letting it settle for a few seconds.
const POLICY_SETTLES = { timeout: 45_000, interval: 500 };

const teamPack = (name: string) => ({
  schemaVersion: 1,
  id: 'team-north',
  name,
  description: 'How Team North answers.',
  locale: 'en',
  prompts: [
    {
      id: 'name-the-order',
      category: 'empathy',
      text: 'Name the order and what went wrong with it, in the customer’s words.',
      triggers: ['signal:frustration'],
      weight: 6,
    },
  ],
});

if (!canWritePolicies()) console.log('Policy end-to-end test skipped: writing /etc/chromium/policies needs root.');

describe.skipIf(!canWritePolicies())('an organisation’s policy in Chromium (issue 20)', () => {
  let server: FixtureServer;
  let build: PinnedBuild;
  let policy: ChromiumPolicy;
  let browser: ExtensionBrowser;
  let options: Page;
  let origin: string;

  const shot = (name: string) =>
    options.screenshot({ path: join(TEST_OUTPUT_DIR, 'screenshots', `${name}.png`), fullPage: true });
  const openOptions = async (panel: string) => {
    // A fresh load each time: the page picks its panel from the address once, when it opens.
    await options.goto('about:blank');
    await options.goto(browser.extensionUrl(`options.html#${panel}`));
    await options.waitForSelector('h2');
  };
  const registeredMatches = () =>
    options.evaluate(async () => {
      type Api = { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } };
      const scripts = await (globalThis as unknown as { chrome: Api }).chrome.scripting.getRegisteredContentScripts();
      return scripts.flatMap((script) => script.matches ?? []);
    });
  const sidebarsOnSite = () => sidebarsAfterLoad(browser.context, `${origin}/conversations/12`);

  beforeAll(async () => {
    server = await startFixtureServer();
    server.show({ adapterId: 'generic', fixture: 'prosemirror-rerender' });
    origin = `https://${HOST}:${server.port}`;
    build = pinnedDemoBuild([HOST]);
    policy = chromiumPolicyFor(build.id);
    policy.write({
      promptSets: {
        value: [
          teamPack('Team North'),
          // Passes Chrome's schema (types are right) and fails Heartdesk's: ignored with the field named.
          { ...teamPack('Broken set'), id: 'broken', prompts: [{ ...teamPack('x').prompts[0], category: 'bribery' }] },
        ],
        locked: true,
      },
      sites: { value: [origin, '*.example.com'], locked: true },
      sensitivity: { value: 'high', locked: true },
      nudgeBudget: { value: { maxNudgesPerTicket: 12 }, locked: false },
      jargon: { value: ['RMA'], locked: false },
    });
    browser = await launchWithExtension({
      extensionDir: build.dir,
      args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`, '--ignore-certificate-errors'],
    });
    expect(browser.extensionId).toBe(build.id);
    options = await browser.context.newPage();
  });

  afterAll(async () => {
    policy?.remove();
    await browser?.close();
    await server?.close();
    build?.remove();
  });

  it('shows the team set enabled and locked, and names the field of the set it ignored', async () => {
    await openOptions('prompts');
    const row = options.locator('[data-org-pack="team-north"]');
    await expect.poll(() => row.count(), POLICY_SETTLES).toBe(1);
    const toggle = row.getByRole('checkbox');
    expect(await toggle.isChecked()).toBe(true);
    expect(await toggle.isDisabled()).toBe(true);
    expect(await row.innerText()).toContain('Set by your organisation');
    const problems = await options.getByTestId('organisation-problems').innerText();
    expect(problems).toContain('promptSets.value[1].prompts[0].category');
    expect(problems).toContain('sites.value[1]');
    expect(await options.locator('[data-org-pack="broken"]').count()).toBe(0);
    await shot('options-policy-prompts-locked');
  });

  it('locks the sensitivity and offers the unlocked budget as a default the agent may change', async () => {
    await openOptions('rules');
    const high = options.locator('#sensitivity-high');
    expect(await high.isChecked()).toBe(true);
    expect(await high.isDisabled()).toBe(true);
    const perTicket = options.locator('#budget-maxNudgesPerTicket');
    expect(await perTicket.inputValue()).toBe('12');
    expect(await perTicket.isDisabled()).toBe(false);
    expect(await options.locator('label[for="budget-maxNudgesPerTicket"]').innerText()).toContain(
      'Suggested by your organisation',
    );
    await shot('options-policy-rules');
    // The agent's own choice outranks an unlocked default from now on.
    await perTicket.fill('9');
    await expect
      .poll(() => options.locator('label[for="budget-maxNudgesPerTicket"]').innerText())
      .not.toContain('organisation');
  });

  it('registers the organisation’s site, which then gets the sidebar', async () => {
    await expect.poll(registeredMatches, POLICY_SETTLES).toContain(`https://${HOST}/*`);
    expect(await sidebarsOnSite()).toBe(1);
    await openOptions('sites');
    const site = options.locator(`[data-org-item="${origin}"]`);
    expect(await site.innerText()).toContain('Set by your organisation');
    // Locked: no way to turn it off here; granted (this build lists it), so no access button either.
    expect(await site.getByRole('button').count()).toBe(0);
    await site.scrollIntoViewIfNeeded();
    await shot('options-policy-sites');
  });

  it('applies a changed policy while the browser runs', async () => {
    policy.write({
      promptSets: { value: [teamPack('Team North, revised')], locked: false },
      sites: { value: [origin], locked: true },
    });
    await openOptions('prompts');
    const row = options.locator('[data-org-pack="team-north"]');
    await expect.poll(() => row.innerText(), POLICY_SETTLES).toContain('Team North, revised');
    expect(await row.innerText()).toContain('Suggested by your organisation');
    const toggle = row.getByRole('checkbox');
    expect(await toggle.isDisabled()).toBe(false);
    expect(await options.getByTestId('organisation-problems').count()).toBe(0);
    await shot('options-policy-prompts-unlocked');
    // Unlocked: the agent may switch the team set off, and it stays off.
    await toggle.uncheck();
    await options.reload();
    await expect
      .poll(() => options.locator('[data-org-pack="team-north"]').getByRole('checkbox').isChecked())
      .toBe(false);
    await openOptions('rules');
    expect(await options.locator('#sensitivity-medium').isChecked()).toBe(true);
    expect(await options.locator('#sensitivity-medium').isDisabled()).toBe(false);
  });

  it('returns every setting to the agent’s own when the policy is removed', async () => {
    policy.remove();
    await openOptions('prompts');
    await expect.poll(() => options.getByTestId('organisation-notice').count(), POLICY_SETTLES).toBe(0);
    expect(await options.locator('[data-org-pack]').count()).toBe(0);
    await expect.poll(registeredMatches, POLICY_SETTLES).not.toContain(`https://${HOST}/*`);
    expect(await sidebarsOnSite()).toBe(0);
    await openOptions('rules');
    // The value the agent set while the organisation's default applied is still theirs.
    expect(await options.locator('#budget-maxNudgesPerTicket').inputValue()).toBe('9');
    expect(await options.locator('#sensitivity-medium').isChecked()).toBe(true);
  });
});
