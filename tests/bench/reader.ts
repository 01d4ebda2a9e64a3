/**
 * Generic reading in Chromium (issue 13): how long a first thread search, a
 * re-check of a thread already found, and a reply-box search take on saved pages
 * of real helpdesk shapes. Generic detection is what custom sites run on every
 * look of the detector and the sidebar's watcher, so its cost is paid on real pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithService } from '@/tests/bench/build-service';
import { launchPlain, REPO_ROOT } from '@/tests/e2e/browser';
import { median, round } from '@/tests/bench/page-probe';

const PAGES = [
  ['Request Tracker ticket page', 'request-tracker/display-angry'],
  ['osTicket ticket view', 'generic/osticket-ticket-view'],
  ['FreeScout conversation', 'generic/freescout-conversation'],
] as const;

export interface ReaderFigures {
  page: string;
  elements: number;
  firstSearchMs: number;
  recheckMs: number;
  replyBoxMs: number;
}

async function readerBundle(): Promise<string> {
  const result = await buildWithService({
    entryPoints: [join(REPO_ROOT, 'tests/bench/reader-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    alias: { '@': REPO_ROOT },
  });
  return result.outputFiles[0]!.text;
}

export async function benchReader(runs: number): Promise<ReaderFigures[]> {
  const script = await readerBundle();
  const browser = await launchPlain();
  try {
    const page = await browser.context.newPage();
    const figures: ReaderFigures[] = [];
    for (const [name, file] of PAGES) {
      const html = readFileSync(join(REPO_ROOT, 'tests/fixtures/helpdesks', `${file}.html`), 'utf8');
      // Scripts out (they would fetch RT's assets); the page's own structure and styles stay.
      await page.setContent(html.replace(/<script\b[\s\S]*?<\/script>/gi, ''), { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: script });
      // Passed as text: tsx would wrap named inner functions in helpers the page does not have.
      const timed = (await page.evaluate(`(() => {
        const reader = globalThis.__heartdeskReader;
        const time = (run) => {
          const samples = [];
          for (let i = 0; i < ${runs}; i++) {
            const start = performance.now();
            run();
            samples.push(performance.now() - start);
          }
          return samples;
        };
        reader.customerMessages();
        return {
          elements: document.getElementsByTagName('*').length,
          first: time(reader.firstThreadSearch),
          recheck: time(reader.customerMessages),
          reply: time(reader.replyBox),
        };
      })()`)) as { elements: number; first: number[]; recheck: number[]; reply: number[] };
      figures.push({
        page: name,
        elements: timed.elements,
        firstSearchMs: round(median(timed.first)),
        recheckMs: round(median(timed.recheck)),
        replyBoxMs: round(median(timed.reply)),
      });
    }
    return figures;
  } finally {
    await browser.close();
  }
}

// `npx tsx tests/bench/reader.ts` runs this part alone.
if (process.argv[1]?.endsWith('reader.ts')) {
  void benchReader(20).then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
