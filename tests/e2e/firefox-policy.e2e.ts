/**
 * Issue 20 in Firefox ESR: Firefox hands an extension the `3rdparty.Extensions.<id>` section
 * of policies.json through storage.managed. The test build is the Firefox demo build under an
 * id of its own, so no other Heartdesk on this shared machine is touched, and the policy file
 * is this process's alone: Firefox's `browser.policies.alternatePath` (honoured in automation,
 * which MOZ_DISABLE_NONLOCAL_CONNECTIONS plus the automation pref turn on) points at a file in
 * a temporary folder instead of /etc/firefox/policies. Firefox reads policies when it starts and
 * does not report later changes (storage.managed.onChanged is not implemented there), so this
 * test checks the start; tests/e2e/policy.e2e.ts covers changes in Chromium.
 */
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, TEST_OUTPUT_DIR } from '@/tests/e2e/browser';
import { openFirefoxExtensionPage } from '@/tests/e2e/firefox-pages';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const firefoxMissing = !existsSync(FIREFOX);
const UUID = randomUUID();
const GECKO_ID = `heartdesk-policy-${UUID.slice(0, 8)}@heartdesk.test`;

const teamPack = {
  schemaVersion: 1,
  id: 'team-north',
  name: 'Team North',
  description: 'How Team North answers.',
  locale: 'en',
  prompts: [
    { id: 'name-it', category: 'empathy', text: 'Name what went wrong.', triggers: ['signal:frustration'], weight: 6 },
  ],
};

if (firefoxMissing) console.log(`Firefox policy test skipped: no Firefox at ${FIREFOX}.`);

describe.skipIf(firefoxMissing)('an organisation’s policy in Firefox ESR (issue 20)', () => {
  let workDir: string;
  let browser: Browser;

  const openOptions = (panel: string, readySelector: string): Promise<Page> =>
    openFirefoxExtensionPage(browser, `moz-extension://${UUID}/options.html#${panel}`, readySelector);

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'heartdesk-ff-policy-'));
    const extensionDir = join(workDir, 'extension');
    cpSync(join(REPO_ROOT, '.output/firefox-mv2-demo'), extensionDir, { recursive: true });
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.browser_specific_settings.gecko.id = GECKO_ID;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const policies = join(workDir, 'policies.json');
    writeFileSync(
      policies,
      JSON.stringify({
        policies: {
          '3rdparty': {
            Extensions: {
              [GECKO_ID]: {
                promptSets: { value: [teamPack], locked: true },
                sensitivity: { value: 'high', locked: true },
                jargon: { value: ['RMA', 42], locked: false },
              },
            },
          },
        },
      }),
    );
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'browser.policies.alternatePath': policies,
        'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
      },
    });
    await browser.installExtension(extensionDir);
  });

  afterAll(async () => {
    await browser?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('shows the team set on and locked, the locked sensitivity, and the item it ignored', async () => {
    const prompts = await openOptions('prompts', '[data-org-pack="team-north"]');
    const toggle = () =>
      prompts.$eval('[data-org-pack="team-north"] input[type="checkbox"]', (input) => [
        (input as HTMLInputElement).checked,
        input.matches(':disabled'),
      ]);
    expect(await toggle()).toEqual([true, true]);
    const problems = await prompts.$eval(
      '[data-testid="organisation-problems"]',
      (element) => element.textContent ?? '',
    );
    expect(problems).toContain('jargon.value[1]');
    await prompts.screenshot({
      path: join(TEST_OUTPUT_DIR, 'screenshots', 'firefox-options-policy.png'),
      fullPage: true,
    });

    const rules = await openOptions('rules', '#sensitivity-high');
    // Disabled through its fieldset: `:disabled` says so, the input's own property does not.
    expect(
      await rules.$eval('#sensitivity-high', (input) => [
        (input as HTMLInputElement).checked,
        input.matches(':disabled'),
      ]),
    ).toEqual([true, true]);
    expect(await rules.$eval('[data-org-item="RMA"]', (element) => element.textContent)).toContain(
      'Suggested by your organisation',
    );
  });
});
