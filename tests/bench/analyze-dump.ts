/**
 * Identical-output check for speed work: `npx tsx tests/bench/analyze-dump.ts [out.tsv]`.
 * Runs analyze() on every fixture draft at all three sensitivities, on each draft's prefixes
 * every 37 characters (in order, as an agent types, so the memos are exercised), on the
 * complaint, neutral and support-corpus lines (as the customer's message and as a draft) and
 * on the engine bench's keystroke drafts; then again on the whole drafts with every memo
 * emptied before each call. Writes one md5 per case to `out.tsv` (default
 * /tmp/analyze-dump.tsv) and prints the case count and the md5 of all of them: an
 * optimisation must leave that last line unchanged (diff the .tsv files to find a case).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '@/lib/analysis';
import { clearTextMemos } from '@/lib/engine/text-memo';
import type { Sensitivity } from '@/lib/engine/types';
import { benchDraft, keystrokeDrafts, CUSTOMER } from '@/tests/bench/engine';

const root = new URL('../fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const lines = (path: string) =>
  read(path)
    .split('\n')
    .filter((line) => line.trim() !== '');

interface DraftCase {
  customer: string;
  draft: string;
}
// Every labelled draft set, found by listing the folders: a set added later is checked too.
const draftFiles = ['drafts', 'drafts/train', 'drafts/dev'].flatMap((folder) =>
  readdirSync(new URL(folder, root))
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => `${folder}/${name}`),
);
const drafts: DraftCase[] = draftFiles.flatMap((file) =>
  lines(file).map((line) => {
    const row = JSON.parse(line) as { customer?: string; draft: string };
    return { customer: row.customer ?? '', draft: row.draft };
  }),
);
const customerLines = [
  ...['complaints.txt', 'holdout-complaints.txt', 'neutral.txt', 'holdout-neutral.txt'].flatMap((file) =>
    lines(`complaints/${file}`),
  ),
  ...['dev.jsonl', 'train.jsonl'].flatMap((file) =>
    lines(`support-corpus/${file}`).map((line) => (JSON.parse(line) as { text: string }).text),
  ),
];

const out: string[] = [];
const record = (label: string, customer: string, draft: string, sensitivity: Sensitivity) => {
  const result = analyze({
    customerMessages: customer ? [customer] : [],
    draft,
    locale: 'en',
    settings: { sensitivity, mutedRules: [], customJargon: [] },
  });
  out.push(`${label}\t${createHash('md5').update(JSON.stringify(result)).digest('hex')}`);
};

const sensitivities: Sensitivity[] = ['low', 'medium', 'high'];
drafts.forEach(({ customer, draft }, i) => {
  for (const sensitivity of sensitivities) record(`draft ${i} ${sensitivity}`, customer, draft, sensitivity);
});
drafts.forEach(({ customer, draft }, i) => {
  for (let end = 37; end < draft.length; end += 37)
    record(`prefix ${i}:${end}`, customer, draft.slice(0, end), 'medium');
});
customerLines.forEach((line, i) => {
  record(`customer ${i}`, line, 'Thanks for writing in, I am looking into it now.', 'medium');
  record(`as-draft ${i}`, '', line, 'medium');
});
keystrokeDrafts(benchDraft(), 300).forEach((draft, i) => record(`keystroke ${i}`, CUSTOMER, draft, 'medium'));
drafts.forEach(({ customer, draft }, i) => {
  clearTextMemos();
  record(`cold ${i}`, customer, draft, i % 3 === 0 ? 'high' : 'medium');
});

const path = process.argv[2] ?? '/tmp/analyze-dump.tsv';
writeFileSync(path, `${out.join('\n')}\n`);
console.log(`${out.length} analyze() outputs → ${path}`);
console.log(createHash('md5').update(out.join('\n')).digest('hex'));
