import { startDemoServer } from '../demo/server.ts';
import { launchWithExtension, launchPlain } from '../e2e/browser.ts';
const demo = await startDemoServer();
const TEXT = 'Hi Sam, thanks for your patience with the March invoices. '.repeat(15);
async function run(context: any, ext: boolean) {
  const page = await context.newPage();
  await page.goto(`${demo.origin}/demo/tickets/900`);
  await page.waitForSelector('.hd-reply');
  if (ext) await page.waitForFunction(() => document.querySelector('heartdesk-sidebar'));
  await page.click('.hd-reply');
  await page.keyboard.press('Control+End');
  const cdp = await context.newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8',
    transferMode: 'ReportEvents',
  });
  await page.keyboard.type(TEXT);
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await done;
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === 'EventDispatch'),
  );
  const sums = new Map<string, number>();
  for (const e of events)
    if (e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid)
      sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  const fn = new Map<string, number>();
  for (const e of events)
    if (e.ph === 'X' && e.name === 'FunctionCall' && main && e.pid === main.pid && e.tid === main.tid) {
      const k =
        String(e.args?.data?.url ?? '')
          .split('/')
          .pop() +
        ':' +
        (e.args?.data?.functionName ?? '');
      fn.set(k, (fn.get(k) ?? 0) + e.dur / 1000);
    }
  await page.close();
  return {
    top: [...sums]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 14)
      .map(([k, v]) => `${k}=${v.toFixed(0)}`),
    fns: [...fn]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, v]) => `${k}=${v.toFixed(0)}`),
  };
}
const e = await launchWithExtension();
const p = await launchPlain();
await run(e.context, true);
await run(p.context, false);
console.log('EXT', JSON.stringify(await run(e.context, true)));
console.log('PLAIN', JSON.stringify(await run(p.context, false)));
await e.close();
await p.close();
await demo.close();
