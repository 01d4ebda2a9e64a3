/**
 * `npm run demo`: builds the demo extension, serves the demo helpdesk on
 * 127.0.0.1 and opens Chromium with Heartdesk loaded on an upset customer's ticket.
 * `npm run demo -- --headless --screenshot demo.png` does it without a display,
 * types a draft with an excuse in it and writes a screenshot.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension, REPO_ROOT } from '@/tests/e2e/browser';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';
import { startDemoServer } from '@/tests/demo/server';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    port: { type: 'string', default: '4173' },
    'no-build': { type: 'boolean', default: false },
    ticket: { type: 'string', default: '101' },
  },
});

const SAMPLE_DRAFT =
  "Hi Dana, unfortunately we can't refund the duplicate charge before the investigation ends, it's our policy.";

async function main() {
  const headless = values.headless || Boolean(values.screenshot && !process.env.DISPLAY);
  if (!headless && !process.env.DISPLAY) {
    console.error('No display found. Run `npm run demo -- --headless --screenshot demo.png` instead.');
    process.exit(1);
  }
  if (!values['no-build']) {
    console.log('Building the demo extension…');
    execFileSync('npx', ['wxt', 'build'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: { ...process.env, HEARTDESK_DEMO: '1' },
    });
  }
  const demo = await startDemoServer(Number(values.port)).catch(() => startDemoServer(0));
  const browser = await launchWithExtension({ headless });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const url = `${demo.origin}/demo/tickets/${values.ticket}`;
  await page.goto(url);
  const sidebar = await ShadowProbe.attach(page);
  await sidebar.waitFor(
    () => sidebar.hostCount(),
    (count) => count === 1,
    15_000,
  );
  console.log(`Demo helpdesk: ${url}`);

  if (values.screenshot) {
    await page.click('.hd-reply');
    await page.keyboard.type(SAMPLE_DRAFT, { delay: 8 });
    await sidebar
      .waitFor(
        () => sidebar.count('.hd-nudge'),
        (count) => count > 0,
        10_000,
      )
      .catch(() => 0);
    const path = resolve(process.cwd(), values.screenshot);
    await page.screenshot({ path });
    console.log(`Screenshot written to ${path}`);
    await browser.close();
    await demo.close();
    return;
  }
  console.log('Heartdesk is loaded. Close the browser window or press Ctrl+C to stop.');
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await demo.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  browser.context.on('close', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
