import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const DEMO_EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3-demo');
export const TEST_OUTPUT_DIR = join(REPO_ROOT, 'test-output');

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROME_PATH or Debian's Chromium; fails with the install command when there is none. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, ...CHROMIUM_CANDIDATES].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROME_PATH to a Chromium or Chrome for Testing binary.',
    );
  }
  return found;
}

// This machine has no network but loopback: keep Chromium from reaching out.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/** The same Chromium and flags with no extension at all: the baseline for benchmarks. */
export async function launchPlain(
  options: { headless?: boolean } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'heartdesk-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: QUIET_FLAGS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  args?: string[];
  colorScheme?: 'light' | 'dark';
  /** Leave the welcome page the install opens (first-run tests); other tests get it closed. */
  keepWelcome?: boolean;
  /** CSS px; with deviceScaleFactor 2, a 720 px wide viewport is a 1440 px window at 200 % zoom. */
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? DEMO_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:demo\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'heartdesk-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    args: [
      ...QUIET_FLAGS,
      // Playwright adds --disable-extensions; this pair re-enables exactly ours.
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.args ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  await settleFirstRun(context, serviceWorker, extensionDir, options.keepWelcome ?? false);
  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface InstallApi {
  storage: { local: { get(key: string): Promise<Record<string, { welcomedAt?: number } | undefined>> } };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
}

/**
 * What a fresh install does before a test may start: the background opens the welcome
 * page (closed here unless the test is about it), and registers the detector for the
 * hosts this build pre-grants, since nothing is declared in the manifest any more.
 */
async function settleFirstRun(context: BrowserContext, worker: Worker, extensionDir: string, keepWelcome: boolean) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    host_permissions?: string[];
  };
  await until(
    () =>
      worker.evaluate(async () => {
        const { storage } = (globalThis as unknown as { chrome: InstallApi }).chrome;
        return Boolean((await storage.local.get('firstRun')).firstRun?.welcomedAt);
      }),
    'the welcome page to open',
  );
  if ((manifest.host_permissions ?? []).length > 0) {
    // The first sync registers one script after another: wait until the count holds still.
    let seen = -1;
    await until(async () => {
      const count = await worker.evaluate(async () => {
        const { scripting } = (globalThis as unknown as { chrome: InstallApi }).chrome;
        return (await scripting.getRegisteredContentScripts()).length;
      });
      const settled = count > 0 && count === seen;
      seen = count;
      if (!settled) await new Promise((resolve) => setTimeout(resolve, 250));
      return settled;
    }, 'the detector to be registered for the pre-granted hosts');
  }
  if (keepWelcome) return;
  await until(
    async () => context.pages().some((page) => page.url().endsWith('/welcome.html')),
    'the welcome tab',
    5_000,
  );
  for (const page of context.pages().filter((candidate) => candidate.url().endsWith('/welcome.html')))
    await page.close();
}
