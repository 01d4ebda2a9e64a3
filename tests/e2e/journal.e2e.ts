/**
 * The journal through the real pages in Chromium (issue 16): a backup restored
 * with its preview, the page an agent opens (wins, week, charts) in light and
 * dark, the brag document's print view, thanks from the popup, and the round
 * trip Options → Privacy back up → wipe → journal restore giving equal data.
 * Screenshots go to test-output/screenshots/ for review.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_OUTPUT_DIR, type ExtensionBrowser } from '@/tests/e2e/browser';
import { sampleWins, writeBackupFile, writeOldOptionsBackup } from '@/tests/e2e/journal-fixture';
import { validPack } from '@/tests/prompts/fixtures';

const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `${name}.png`);

async function restoreFile(page: Page, path: string, mode: 'merge' | 'replace' = 'merge'): Promise<string[]> {
  await page.locator('#backup input[type="file"]').setInputFiles(path);
  if (mode === 'replace') await page.getByRole('radio', { name: /Make everything as in the backup/ }).check();
  const outcomes = page.locator('.journal-outcome');
  await outcomes.first().waitFor();
  const lines = await outcomes.allInnerTexts();
  await page
    .getByRole('button', { name: mode === 'replace' ? 'Replace with the backup' : 'Restore', exact: true })
    .click();
  await page.getByText(/^Restored\./).waitFor({ timeout: 60_000 });
  return lines;
}

/** The list starts with the newest few: "Show more" until every win matching the filters is listed, then their count. */
async function countAllListed(page: Page): Promise<number> {
  const more = page.locator('.journal-more');
  while (await more.isVisible()) {
    const shown = await page.locator('.journal-win').count();
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('.journal-win').length > before, shown);
  }
  return page.locator('.journal-win').count();
}

/** The charts and counts load as the agent scrolls to them: bring each part into view, then back to the top. */
async function revealAll(page: Page): Promise<void> {
  for (const id of ['week', 'rhythm', 'brag', 'reminder']) await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.locator('.journal-heatmap text').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The backup file the page downloads, parsed; `exportedAt` left out so two backups compare. */
async function downloadBackup(page: Page, button: RegExp): Promise<Record<string, unknown>> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const { exportedAt: _exportedAt, ...file } = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  return file;
}

describe('journal: restore, read, brag, thank, and the full round trip', () => {
  let browser: ExtensionBrowser;
  let journal: Page;
  const now = Date.now();
  const wins = sampleWins(now);

  beforeAll(async () => {
    browser = await launchWithExtension();
    journal = await browser.context.newPage();
    await journal.goto(browser.extensionUrl('journal.html'));
    await journal.getByRole('heading', { name: 'No wins yet' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('restores a backup after showing what will change, part by part', async () => {
    const lines = await restoreFile(journal, writeBackupFile(wins));
    expect(lines[0]).toBe(`Wins: ${wins.length} new.`);
    // A file with wins only: the preview names, in one line, what it lacks and leaves as it is.
    expect(lines.some((line) => /^Not in this backup\b.*\bSettings\b/.test(line))).toBe(true);
    await journal.locator('.journal-win').first().waitFor();
    expect(await countAllListed(journal)).toBe(wins.length);
  });

  it('shows wins first with what, when and where; then the week; then dated charts (light)', async () => {
    await journal.reload();
    await journal.locator('.journal-win').first().waitFor();
    const first = journal.locator('.journal-win').first();
    expect(await first.innerText()).toContain('Zendesk · Refund for order 4471');
    const headings = await journal.locator('main h2').allInnerTexts();
    expect(headings[0]).toBe('Wins');
    expect(headings[1]).toMatch(/^Your week/);
    expect(headings[2]).toBe('Your rhythm');
    await revealAll(journal);
    expect((await journal.locator('.journal-heatmap text').allInnerTexts()).length).toBeGreaterThan(8);
    expect(await journal.locator('.journal-weekly .journal-axis').count()).toBe(12);
    await journal.screenshot({ path: shot('journal-light'), fullPage: true });
    await journal.locator('#week').screenshot({ path: shot('journal-week') });
  });

  it('filters by the first letters of a tag', async () => {
    await journal.getByRole('combobox', { name: 'Tag starts with' }).fill('bill');
    const billing = wins.filter((win) => win.tags.some((tag) => tag.startsWith('bill')));
    await expect.poll(() => journal.locator('.journal-win').count()).toBe(Math.min(billing.length, 10));
    expect(await countAllListed(journal)).toBe(billing.length);
    await journal.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('opens the brag document’s print view, grouped by kind with counts', async () => {
    const from = new Date(now - 90 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(now).toISOString().slice(0, 10);
    const print = await browser.context.newPage();
    await print.goto(browser.extensionUrl(`journal.html?brag=${from}..${to}`));
    await print.locator('.brag-kind h2').first().waitFor();
    const sections = await print.locator('.brag-kind h2').allInnerTexts();
    expect(sections.every((heading) => /·\s\d+ wins?$/.test(heading))).toBe(true);
    await print.emulateMedia({ media: 'print' });
    await print.screenshot({ path: shot('journal-brag-print'), fullPage: true });
    expect(await print.locator('.brag-toolbar').isVisible()).toBe(false);
    await print.close();
  });

  it('the popup fits Chrome’s 600 px popup with a full journal: logging a win first, the rest a click away', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.locator('[data-testid="recent-wins"]').waitFor();
    // The page's own height, not the tab's: Chrome sizes a popup to its content, up to 600 px.
    const height = () => popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    console.log(`popup height with ${wins.length} wins in the journal: ${await height()} px`);
    await popup.screenshot({ path: shot('popup-fits'), fullPage: true });
    expect(await height()).toBeLessThanOrEqual(600);
    const save = await popup.getByRole('button', { name: 'Save win' }).boundingBox();
    expect(save!.y + save!.height).toBeLessThanOrEqual(400);
    // Tags and the ticket link are one click away, and the popup still fits with them open.
    await popup.getByText('Tags and ticket link').click();
    await popup.getByLabel('Tags (comma separated)').waitFor();
    console.log(`popup height with tags open: ${await height()} px`);
    await popup.screenshot({ path: shot('popup-fits-details'), fullPage: true });
    expect(await height()).toBeLessThanOrEqual(600);
    // Saved: the thank-you line and the new win in the list still fit.
    await popup.locator('#win-text').fill('Talked a customer through a refund that had them in tears; they stayed.');
    await popup.locator('#win-text').press('Enter');
    await popup.getByRole('status').waitFor();
    console.log(`popup height after saving: ${await height()} px`);
    expect(await height()).toBeLessThanOrEqual(600);
    await popup.getByRole('button', { name: 'Thank a teammate' }).click();
    console.log(`popup height thanking a teammate: ${await height()} px`);
    expect(await height()).toBeLessThanOrEqual(600);
    await popup.close();
  });

  it('thanks a teammate from the popup: kept as a teamwork win', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.getByRole('button', { name: 'Thank a teammate' }).click();
    await popup.getByLabel('Who are you thanking?').fill('Priya');
    await popup.getByRole('button', { name: 'Because of you,…' }).click();
    await popup.getByLabel('Your thank-you').pressSequentially('the refund macro finally reads like a person wrote it');
    await popup.screenshot({ path: shot('popup-thanks') });
    await popup.getByRole('button', { name: 'Copy and keep' }).click();
    await popup.getByText(/Kept in your journal|Copied: paste it/).waitFor();
    await popup.close();
    await journal.reload();
    await expect.poll(() => journal.locator('.journal-win').first().innerText()).toContain('Thanked Priya');
  });

  it('a backup from Options → Privacy, a wipe, and a restore on the journal page give equal data', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    // Something of each kind the agent makes: a setting, a prompt set, a page recipe (the
    // sidebar's picker writes it; here straight into the same storage item).
    await options.getByRole('tab', { name: 'Rules' }).click();
    await options.getByLabel(/Quiet mode/).check();
    await options.getByRole('tab', { name: 'Prompt sets' }).click();
    const packPath = join(TEST_OUTPUT_DIR, 'round-trip-pack.json');
    writeFileSync(packPath, JSON.stringify(validPack({ id: 'round-trip', name: 'Round trip team' })));
    await options.setInputFiles('#pack-file', packPath);
    await options.getByText('Round trip team').first().waitFor();
    await options.evaluate(() => {
      type LocalArea = { set(items: Record<string, unknown>): Promise<void> };
      const local = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local;
      return local.set({
        pageRecipes: { 'https://desk.example.org': { message: '.thread .msg', composer: '#reply', savedAt: 1 } },
      });
    });
    await options.getByRole('tab', { name: 'Privacy' }).click();
    const before = await downloadBackup(options, /Export everything/);
    const parts = before.parts as Record<string, { data: unknown }>;
    expect(parts.settings?.data).toMatchObject({ quietMode: true });
    expect(parts.customPacks?.data).toEqual([expect.objectContaining({ id: 'round-trip' })]);
    expect(Object.keys(parts.pageRecipes?.data as object)).toEqual(['https://desk.example.org']);
    // Exported wins carry the public shape only: no derived search words.
    expect(JSON.stringify(parts.wins)).not.toContain('"words"');

    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByLabel(/To confirm, type/).fill('delete my journal');
    await options.getByRole('button', { name: 'Delete everything now' }).click();
    await options.getByText('Everything was deleted.').waitFor();

    // The journal tab left open follows the wipe without a reload (qa7: it still listed the wins
    // and "Restored. 30 wins…" three seconds later), and says nothing of the earlier restore.
    await journal.bringToFront();
    await journal.getByRole('heading', { name: 'No wins yet' }).waitFor();
    expect(await journal.locator('.journal-win').count()).toBe(0);
    expect(await journal.getByText(/^Restored\./).count()).toBe(0);
    await journal.screenshot({ path: shot('journal-after-wipe-elsewhere') });
    const path = join(TEST_OUTPUT_DIR, 'round-trip-backup.json');
    writeFileSync(path, JSON.stringify({ ...before, exportedAt: new Date().toISOString() }));
    await restoreFile(journal, path);
    const after = await downloadBackup(journal, /^Back up everything$/);
    expect(after).toEqual(before);
    await options.reload();
    await options.getByRole('tab', { name: 'Rules' }).click();
    expect(await options.getByLabel(/Quiet mode/).isChecked()).toBe(true);
    await options.getByRole('tab', { name: 'Prompt sets' }).click();
    await options.getByText('Round trip team').first().waitFor();
    await options.close();
  });

  it('still restores the options page’s backup from before issue 16', async () => {
    const lines = await restoreFile(journal, writeOldOptionsBackup(wins.slice(0, 3)), 'replace');
    expect(lines[0]).toMatch(/^Wins: 3 already here/);
  });

  it('looks finished in dark mode too', async () => {
    const dark = await launchWithExtension({ colorScheme: 'dark' });
    try {
      const page = await dark.context.newPage();
      await page.goto(dark.extensionUrl('journal.html'));
      await page.getByRole('heading', { name: 'No wins yet' }).waitFor();
      await restoreFile(page, writeBackupFile(wins));
      await page.reload();
      await page.locator('.journal-win').first().waitFor();
      await revealAll(page);
      await page.screenshot({ path: shot('journal-dark'), fullPage: true });
      await page.locator('#backup input[type="file"]').setInputFiles(writeBackupFile(wins.slice(0, 5)));
      await page.locator('.journal-outcome').first().waitFor();
      await page.locator('#backup').screenshot({ path: shot('journal-restore-preview-dark') });
    } finally {
      await dark.close();
    }
  });
});
