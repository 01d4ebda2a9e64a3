import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, inject, type ProvidedContext } from 'vitest';
import { TEST_OUTPUT_DIR } from '@/tests/e2e/browser';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';
import { launchWithRtSite, type RtExtensionBrowser } from '@/tests/real/rt-browser';
import { loginToRt } from '@/tests/real/rt-pages';

export const SHOT_DIR = join(TEST_OUTPUT_DIR, 'real');

export interface RtSession {
  rt: ProvidedContext['rt'];
  ext: RtExtensionBrowser;
  /** A tab logged in to RT as root, with the sidebar probe attached. */
  page: Page;
  sidebar: ShadowProbe;
  shot(name: string): Promise<void>;
}

/**
 * One browser per test file: the demo build with RT added as a custom site, and
 * one RT tab logged in. Filled in by beforeAll, so read its fields inside tests.
 */
export function rtSession(): RtSession {
  const session = {} as RtSession;
  beforeAll(async () => {
    mkdirSync(SHOT_DIR, { recursive: true });
    session.rt = inject('rt');
    session.ext = await launchWithRtSite(session.rt.origin);
    session.page = await session.ext.browser.context.newPage();
    await loginToRt(session.page, session.rt.origin);
    session.sidebar = await ShadowProbe.attach(session.page);
    session.shot = async (name) => {
      await session.page.screenshot({ path: join(SHOT_DIR, `${name}.png`) });
    };
  });
  afterAll(async () => {
    await session.ext?.close();
  });
  return session;
}
