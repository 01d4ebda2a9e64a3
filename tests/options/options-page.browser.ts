/**
 * Real-browser check of the options page (not part of `vitest run`):
 *   npx wxt build && npx tsx tests/options/options-page.browser.ts
 * Loads the built extension in Debian's Chromium, opens options.html in light and
 * dark schemes, runs axe-core on every panel, walks the tabs by keyboard, imports
 * a broken then a valid pack, and records every network request made by the page.
 * Screenshots go to test-output/options/.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const extension = join(root, '.output/chrome-mv3');
const out = join(root, 'test-output/options');
mkdirSync(out, { recursive: true });
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function axe(page: Page, label: string): Promise<number> {
  // Extension pages forbid inline scripts; evaluate runs through the DevTools protocol instead.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
      }
    ).axe.run({ resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(
    `axe ${label}: ${violations.length} violations (${serious.length} serious/critical)`,
    violations.length ? JSON.stringify(violations) : '',
  );
  return serious.length;
}

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hd-options-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const requests: string[] = [];
context.on('request', (request) => {
  if (
    !request.url().startsWith('chrome-extension://') &&
    !request.url().startsWith('data:') &&
    !request.url().startsWith('blob:')
  )
    requests.push(request.url());
});

let serious = 0;
const errors: string[] = [];
for (const scheme of ['light', 'dark'] as const) {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('checkbox', { name: 'Empathy' }).waitFor();
  for (const tab of ['Prompt sets', 'Rules', 'Sites', 'Privacy']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(150);
    serious += await axe(page, `${scheme}/${tab}`);
    await page.screenshot({ path: join(out, `${scheme}-${tab.replace(' ', '-').toLowerCase()}.png`), fullPage: true });
  }
  await page.close();
}

// Keyboard: Tab reaches the active tab, arrows move, focus is visible.
const page = await context.newPage();
await page.goto(`chrome-extension://${extensionId}/options.html#prompts`);
await page.getByRole('checkbox', { name: 'Empathy' }).waitFor();
await page.keyboard.press('Tab');
const firstFocus = await page.evaluate(() => document.activeElement?.textContent);
await page.keyboard.press('ArrowDown');
const afterArrow = await page.evaluate(() => document.activeElement?.textContent);
const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
console.log(
  `keyboard: first Tab focuses "${firstFocus}", ArrowDown moves to "${afterArrow}", focus outline: ${outline}`,
);

// Import: a broken pack is refused with the problem list; a valid one lands and is switched on.
await page.getByRole('tab', { name: 'Prompt sets' }).click();
const broken = {
  schemaVersion: 1,
  id: 'team',
  name: 'Team',
  description: '',
  locale: 'en',
  prompts: [{ id: 'a', category: 'empathy', text: '', triggers: ['signal:frustration'], weight: 5 }],
};
const file = join(out, 'broken.json');
writeFileSync(file, JSON.stringify(broken));
await page.getByLabel('Choose a prompt set file (.json)').setInputFiles(file);
const problem = await page.getByRole('alert').textContent();
console.log(`import broken: ${problem}`);
broken.prompts[0]!.text = '<img src=x onerror=alert(1)> Say what went wrong for them.';
writeFileSync(file, JSON.stringify(broken));
await page.getByLabel('Choose a prompt set file (.json)').setInputFiles(file);
await page.getByRole('checkbox', { name: 'Team' }).waitFor();
await page.getByRole('button', { name: 'Preview Team' }).click();
const images = await page.locator('[data-testid="pack-preview"] img').count();
console.log(`import valid: set listed; <img> elements in preview: ${images}`);
await page.screenshot({ path: join(out, 'after-import.png'), fullPage: true });

// The editor with inline problems, for a look at the form.
await page.getByRole('button', { name: 'New prompt set' }).click();
await page.getByRole('button', { name: 'Save set' }).click();
const inlineProblems = await page.locator('.hd-field-problems li').count();
console.log(`editor: ${inlineProblems} inline problems after saving an empty form`);
await page.locator('form.hd-editor').screenshot({ path: join(out, 'editor-problems.png') });

console.log(`network requests from extension pages: ${requests.length}`, requests);
console.log(`page errors: ${errors.length}`, errors);
console.log(`serious/critical axe violations: ${serious}`);
await context.close();
process.exit(serious === 0 && requests.length === 0 && errors.length === 0 && images === 0 ? 0 : 1);
