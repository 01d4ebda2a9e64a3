/**
 * quality.md 26: keyboard and focus on a host with Gmail-style single-key
 * shortcuts (tests/demo/site/hostile/shortcuts.js: keydown listeners on window and
 * document, capture AND bubble phase; the document bubble listener "acts" on
 * j/k/c/'/'/Escape unless the target is editable).
 *
 * What can be isolated, and why: the sidebar lives in a closed shadow root whose
 * host stops keydown/keyup/keypress/input propagation (lib/dom/shadow-host.ts).
 * Events bubble from inside the shadow root to the host, so the page's BUBBLE
 * listeners on document and window never see keys typed in the sidebar. CAPTURE
 * listeners on window/document run before the event reaches the host, so no
 * extension can hide keys from them; they only ever see the host element as the
 * (retargeted) target, never what is inside. Real shortcut handlers (Gmail,
 * Zendesk) listen in the bubble phase, which is the phase that matters.
 *
 * "Caret and selection never move while nudges update" for typing is proven by
 * tests/e2e/sidebar.e2e.ts › "never moves the agent’s caret or text while nudges
 * update"; here the selection variant (a selected range while the thread changes).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, type ExtensionBrowser } from '@/tests/e2e/browser';
import { EXCUSE, focusInSidebar, openWithSidebar } from '@/tests/e2e/hardening-support';
import type { ShadowProbe } from '@/tests/e2e/shadow-probe';

interface LogEntry {
  where: 'window' | 'document';
  phase: 'capture' | 'bubble';
  key: string;
  target: string;
  inReply: boolean;
}

const log = (page: Page) => page.evaluate(() => (window as unknown as { shortcutLog: LogEntry[] }).shortcutLog);
const actions = (page: Page) =>
  page.evaluate(() => (window as unknown as { shortcutActions: string[] }).shortcutActions);
const resetLog = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { shortcutLog: LogEntry[]; shortcutActions: string[] };
    w.shortcutLog = [];
    w.shortcutActions = [];
  });
const caret = (page: Page) =>
  page.evaluate(() => {
    const selection = getSelection();
    return { anchor: selection?.anchorOffset, focus: selection?.focusOffset, text: selection?.toString() };
  });

describe('hardening: host shortcuts vs the sidebar (quality 26)', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let sidebar: ShadowProbe;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    sidebar = await openWithSidebar(page, `${demo.origin}/demo/tickets/101?fixture=shortcuts`);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('never intercepts typing in the host’s reply: every key reaches the host’s listeners', async () => {
    await page.click('.hd-reply');
    await resetLog(page);
    await page.keyboard.type(EXCUSE);
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
    );
    const entries = await log(page);
    for (const where of ['window', 'document'] as const) {
      for (const phase of ['capture', 'bubble'] as const) {
        const seen = entries.filter((entry) => entry.where === where && entry.phase === phase && entry.inReply);
        expect(seen.map((entry) => entry.key).join(''), `${where} ${phase}`).toBe(EXCUSE);
      }
    }
    expect(await page.locator('.hd-reply').innerText()).toBe(EXCUSE);
  });

  it('keys pressed in the sidebar never reach the host’s bubble-phase shortcuts', async () => {
    await focusInSidebar(page, '.hd-nudge .hd-card-summary');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('heartdesk-sidebar');
    await resetLog(page);
    for (const key of ['j', 'k', 'c', '/', 'Shift+C']) await page.keyboard.press(key);
    const entries = await log(page);
    expect(entries.filter((entry) => entry.phase === 'bubble')).toEqual([]);
    expect(await actions(page)).toEqual([]);
    // Capture-phase listeners cannot be kept out (see the file comment), and they
    // learn nothing: the target they see is our host element, never its insides.
    const captured = entries.filter((entry) => entry.phase === 'capture');
    // j, k, c, /, Shift, C: six keydowns, each seen by window and document capture listeners.
    expect(captured.map((entry) => entry.key)).toEqual([
      'j',
      'j',
      'k',
      'k',
      'c',
      'c',
      '/',
      '/',
      'Shift',
      'Shift',
      'C',
      'C',
    ]);
    expect(new Set(captured.map((entry) => entry.target))).toEqual(new Set(['heartdesk-sidebar']));
    // Focus stayed in the sidebar, and nothing was typed into the reply.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('heartdesk-sidebar');
    expect(await page.locator('.hd-reply').innerText()).toBe(EXCUSE);
  });

  it('Esc in the sidebar returns focus to the reply with the caret where it was, and does not reach host shortcuts', async () => {
    await page.click('.hd-reply');
    await page.keyboard.press('End');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    const before = await caret(page);
    await focusInSidebar(page, '.hd-header button[data-action="collapse"]');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('heartdesk-sidebar');
    await resetLog(page);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('hd-reply');
    expect(await caret(page)).toEqual(before);
    expect((await log(page)).filter((entry) => entry.phase === 'bubble')).toEqual([]);
    expect(await actions(page)).toEqual([]);
    // And the very next key lands at the caret.
    await page.keyboard.type('Q');
    expect(await page.locator('.hd-reply').innerText()).toBe(`${EXCUSE.slice(0, -6)}Q${EXCUSE.slice(-6)}`);
  });

  it('a selected range in the reply survives the sidebar updating for a new customer message', async () => {
    await page.click('.hd-reply');
    await page.keyboard.press('End');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
    const before = await caret(page);
    expect(before.text?.length).toBe(5);
    const moodBefore = await sidebar.text('[data-signal]');
    // The helpdesk shows a new, grateful customer message: the sidebar re-reads the thread.
    await page.evaluate(() => {
      const item = document.createElement('li');
      item.className = 'hd-message';
      item.dataset.authorRole = 'customer';
      const body = document.createElement('div');
      body.className = 'hd-message-body';
      body.textContent = 'Thank you so much, that fixed it! Really appreciate your help.';
      item.append(body);
      document.querySelector('ol.hd-thread')!.append(item);
    });
    await sidebar.waitFor(
      () => sidebar.text('[data-signal]'),
      (text) => text !== moodBefore,
    );
    expect(await caret(page)).toEqual(before);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('hd-reply');
  });
});
