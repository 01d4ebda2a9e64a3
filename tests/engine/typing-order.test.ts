import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { clearTextMemos } from '@/lib/engine/text-memo';
import { DEFAULT_ENGINE_SETTINGS, type Analysis } from '@/lib/engine/types';
import { benchDraft } from '@/tests/bench/engine';

/**
 * Whatever the engine remembers between calls (per-sentence and per-paragraph memos, the
 * previous call's sentences and word index) must give the analysis a cold start gives: a memo
 * may keep a result only because it depends on nothing but the text it is keyed by. Each draft
 * is analysed cold, then again after
 * a run of edits that ends at the same text: typed in, sentences moved, split and merged, text
 * added before them (so every remembered finding moves), the customer's mood and the sensitivity
 * changed on the way.
 */

const UPSET = ['This is the third time I write. I need it fixed by Friday and I am fed up!'];
const CALM = ['Hi, quick question about my order.'];

function run(draft: string, customer: string[], sensitivity: 'low' | 'medium' | 'high' = 'high'): Analysis {
  return analyze({
    customerMessages: customer,
    draft,
    locale: 'en',
    settings: { ...DEFAULT_ENGINE_SETTINGS, sensitivity },
  });
}

const root = new URL('../fixtures/drafts/', import.meta.url);
// A spread of the labelled drafts: every 7th of the dev sets, which other hands wrote.
const drafts = readdirSync(new URL('dev/', root))
  .filter((name) => name.endsWith('.jsonl'))
  .sort()
  .flatMap((name) =>
    readFileSync(new URL(`dev/${name}`, root), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { draft: string }).draft),
  )
  .filter((_, index) => index % 15 === 0);

/**
 * Drafts whose early sentences are judged by what comes later (an offer, a time, a team), so
 * typing them in changes the facts those sentences were first checked with.
 */
const LATER_FACTS = [
  "You cancelled at 4 minutes. You didn't top up either. I have refunded the fee and added a credit for the trouble.",
  'Send the form today. Make sure you sign it. I can also fill it in with you on a call tomorrow at 10.',
  "We can't refund this. It's our policy. The billing team can help you by Friday.",
  "Calls sometimes drop. That's just how it is. I've credited the call and will ring you at 4 pm.",
  "As I said, the courier lost it. The courier handles that. I'll chase them today and email you by 5.",
  'You must restart the router. Simply unplug it. Let me know if that helps, or I can book an engineer.',
];

/** Versions of `draft` an agent might pass through on the way to it, ending with `draft` itself. */
function editsTowards(draft: string): string[] {
  const sentences = draft.split(/(?<=[.!?])\s+/);
  const edits: string[] = [];
  // Typed in, a few characters at a time.
  for (let end = 11; end < draft.length; end += 41) edits.push(draft.slice(0, end));
  // Sentences moved: the last one first, then in reverse order.
  if (sentences.length > 1) {
    edits.push([sentences[sentences.length - 1], ...sentences.slice(0, -1)].join(' '));
    edits.push([...sentences].reverse().join(' '));
  }
  // Merged: every full stop between sentences turned into a comma, then a semicolon.
  edits.push(draft.replace(/\.(\s+)(?=\S)/g, ',$1'));
  edits.push(draft.replace(/([.!?])\s+(?=\S)/g, '$1; '));
  // Split: each sentence its own paragraph, then each on its own line.
  edits.push(sentences.join('\n\n'));
  edits.push(sentences.join('\n'));
  // Text added before every sentence, so each one's findings move.
  edits.push(`I have read your message twice. ${draft}`);
  edits.push(`Hello again!\n\nWe can't do that, you should have checked. ${draft}`);
  // What is masked changes around unchanged paragraphs on the way (a sign-off, a quoted line, a greeting
  // that stops being the first line): nothing remembered from those masks may reach the final analysis.
  // (That a paragraph whose blanks change is blanked afresh is checked call by call in segment.test.ts.)
  edits.push(`${draft}\n\nThanks,\nAlex`);
  edits.push(`Hi Sam,\n> ${sentences[0]}\n\n${draft}\n\nThanks,\nAlex`);
  edits.push(`Ok.\n\nHi Sam,\n> ${sentences[0]}\n\n${draft}`);
  edits.push(draft);
  return edits;
}

describe('typing-order independence', () => {
  it('has drafts to check', () => {
    expect(drafts.length).toBeGreaterThan(50);
  });

  it('gives, after any run of edits, the analysis a cold start gives', () => {
    const mismatches: string[] = [];
    for (const draft of [...LATER_FACTS, ...drafts, benchDraft()]) {
      for (const customer of [UPSET, CALM]) {
        clearTextMemos();
        const cold = run(draft, customer);
        clearTextMemos();
        const edits = editsTowards(draft);
        edits.forEach((edit, step) => {
          // The mood and the sensitivity change on the way, as they do between tickets.
          run(edit, step % 3 === 0 ? (customer === UPSET ? CALM : UPSET) : customer, step % 2 === 0 ? 'high' : 'low');
        });
        const warm = run(draft, customer);
        if (JSON.stringify(warm) !== JSON.stringify(cold)) mismatches.push(draft);
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('moves a finding with its sentence and quotes the draft as typed there', () => {
    clearTextMemos();
    const typed = 'You should have checked the box.';
    const first = run(typed, CALM).findings.find((finding) => finding.ruleId === 'blame-customer')!;
    const later = run(`Thanks for your note. ${typed}`, CALM).findings.find(
      (finding) => finding.ruleId === 'blame-customer',
    )!;
    expect(later.start - first.start).toBe('Thanks for your note. '.length);
    expect(later.text).toBe(first.text);
    // A curly apostrophe is the same lintable text, so the same remembered sentence: the quote is still the draft's.
    const straight = "Sorry. It's your fault, you should have checked the box.";
    const curly = 'Sorry. It’s your fault, you should have checked the box.';
    expect(run(straight, CALM).findings.some((finding) => finding.text.includes("It's"))).toBe(true);
    const findings = run(curly, CALM).findings;
    expect(findings.some((finding) => finding.text.includes('It’s'))).toBe(true);
    for (const finding of findings) expect(finding.text).toBe(curly.slice(finding.start, finding.end));
  });

  // The pre-send check reads a reply that ends inside a word without that word (checklist-typing.ts),
  // and keeps the answer for the text before it while the word is typed: key by key, with text added
  // before the answered "no" (the same tail at another offset) and a word that takes the answer back.
  it('gives, key by key while a word is typed at the end, the pre-send check a cold start gives', () => {
    const start = "We can't refund this order, but I can offer a voucher.";
    const typed = " Sorry, we can't do that either. I'll email you by Friday";
    const drafts: string[] = [];
    for (let end = 1; end <= typed.length; end++) drafts.push(`${start}${typed.slice(0, end)}`);
    for (let end = 1; end <= typed.length; end += 3) drafts.push(`Hi Sam,\n\n${start}${typed.slice(0, end)}`);
    drafts.push(`Hi Sam,\n\nThanks for waiting. ${start} We ca`, `Hi Sam,\n\nThanks for waiting. ${start} We can`);
    // Two tails of one length, one answering the "no" and one not: the kept answer is the text's, not its length's.
    const sameLength = ['We can offer a voucher.', 'The box was very heavy.'];
    drafts.push(`We can't refund this. ${sameLength[0]} We ca`, `We can't refund this. ${sameLength[1]} We can`);
    const mismatches: string[] = [];
    const statuses = new Set<string>();
    clearTextMemos();
    const warm = drafts.map((draft) => run(draft, UPSET));
    drafts.forEach((draft, index) => {
      clearTextMemos();
      const cold = run(draft, UPSET);
      if (JSON.stringify(warm[index]) !== JSON.stringify(cold)) mismatches.push(draft);
      statuses.add(cold.checklist.find((item) => item.id === 'no-has-alternative')!.status);
    });
    expect(mismatches).toEqual([]);
    // Not vacuous: the "no" is answered on the way and the word typed after it takes the answer back.
    expect([...statuses].sort()).toEqual(['done', 'missing']);
  }, 120_000);
});
