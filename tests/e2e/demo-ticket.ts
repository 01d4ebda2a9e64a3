import type { Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '@/tests/e2e/browser';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';

/**
 * The setup the coach's e2e files share: the demo helpdesk, Chromium with the demo build, one
 * ticket open and the sidebar up. Each file said it again in its own words (duplicates D1–D3 on
 * coach-agree.e2e.ts, walk 2026-12-07 item 6).
 */
export interface DemoTicket {
  demo: DemoServer;
  browser: ExtensionBrowser;
  page: Page;
  sidebar: ShadowProbe;
  close(): Promise<void>;
}

export interface DemoTicketOptions {
  ticket?: string;
  launch?: LaunchOptions;
  /** The page's viewport in CSS px; null keeps the launch's. */
  viewport?: { width: number; height: number } | null;
  /** What shows the sidebar is up and has read the ticket. */
  readySelector?: string;
  /** Before the ticket opens: permissions the tests need (the clipboard, say). */
  prepare?: (browser: ExtensionBrowser, demo: DemoServer) => Promise<void>;
}

export async function openDemoTicket(options: DemoTicketOptions = {}): Promise<DemoTicket> {
  const demo = await startDemoServer();
  let browser: ExtensionBrowser | undefined;
  const close = async () => {
    await browser?.close();
    await demo.close();
  };
  try {
    browser = await launchWithExtension(options.launch);
    await options.prepare?.(browser, demo);
    const page = await browser.context.newPage();
    const viewport = options.viewport === undefined ? { width: 1366, height: 820 } : options.viewport;
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(`${demo.origin}/demo/tickets/${options.ticket ?? '101'}`);
    const sidebar = await ShadowProbe.attach(page);
    const ready = options.readySelector ?? '.hd-panel';
    await sidebar.waitFor(
      () => sidebar.count(ready),
      (n) => n === 1,
    );
    return { demo, browser, page, sidebar, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Selects the whole reply and types `text` over it, `delay` ms a key (0: as fast as it goes). */
export async function replaceDraft(page: Page, text: string, delay = 0): Promise<void> {
  await page.click('.hd-reply');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.type(text, { delay });
}
