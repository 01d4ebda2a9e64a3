import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { builderFor } from '@/lib/coach/rewrites';
import { rewritesForCard } from '@/lib/coach/rewrites/rewrite-card';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { REPO_ROOT } from '@/tests/e2e/browser';
import { pointsOf } from '@/tests/coach/rewrites/rewrite-helpers';

/**
 * Every rewrite the cards would offer on the project's draft sets (written by several hands,
 * some blind to the rules) keeps the sentence's facts, reads as a sentence, no longer
 * triggers its rule in the draft, and adds no personal data (issue 14, item 5).
 */
const DIR = join(REPO_ROOT, 'tests/fixtures/drafts');
const rows = readdirSync(DIR)
  .filter((file) => file.endsWith('.jsonl'))
  .flatMap((file) =>
    readFileSync(join(DIR, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => ({ file, ...(JSON.parse(line) as { customer: string; draft: string }) })),
  );

const cases = rows.flatMap(({ file, customer, draft }) =>
  pointsOf(draft, customer)
    .filter((point) => point.findings.some((finding) => builderFor(finding)))
    .map((point) => ({
      file,
      customer,
      draft,
      point,
      sentence: draft.slice(point.sentence.start, point.sentence.end).trim(),
      rewrites: rewritesForCard(point, draft, { customerMessages: [customer], settings: DEFAULT_ENGINE_SETTINGS }),
    })),
);

// Words a rewrite brings of its own (the ways forward and the blanks); anything else capitalised came from the agent.
const OWN_WORDS = new Set([
  'Here',
  "Here's",
  'Here’s',
  'I',
  "I'll",
  'I’ll',
  "I'm",
  'I’m',
  'A',
  'For',
  'This',
  'Sorry',
  'Instead',
  'The',
  'You',
  'We',
  'Your',
  'It',
  "It's",
  'It’s',
  'That',
  "That's",
  'That’s',
  'If',
  'Our',
]);
const NUMBERS = /\d[\d,.:-]*\d|\d/g;
const NAMES = /(?<=\s)\p{Lu}[\p{L}\d-]*/gu;
const PERSONAL = /[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/\S+|\d+/g;

function facts(sentence: string): string[] {
  const body = sentence.replace(/(?:^|[.!?:]\s+)\S+/g, ' ');
  return [...(sentence.match(NUMBERS) ?? []), ...(body.match(NAMES) ?? [])].filter((word) => !OWN_WORDS.has(word));
}

describe('rewrites over the draft sets', () => {
  it('offers a rewrite for nearly every point that has a builder', () => {
    const without = cases.filter((c) => c.rewrites.length === 0).map((c) => `${c.file}: ${c.sentence}`);
    expect(cases.length).toBeGreaterThan(150);
    expect(without.length / cases.length, without.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it.each(cases.filter((c) => c.rewrites.length > 0).map((c) => [c.sentence, c] as const))(
    '"%s"',
    (_, { draft, customer, point, sentence, rewrites }) => {
      for (const text of rewrites) {
        // Keeps the facts: numbers, names and products of the sentence.
        for (const fact of facts(sentence)) expect(text, `"${fact}" lost`).toContain(fact);
        // Reads as a sentence: a capital (or a blank) first, end punctuation last, tidy spacing, closed blanks.
        expect(text).toMatch(/^(?:\[|["'(]?\p{Lu})/u);
        expect(text).toMatch(/[.!?]$/);
        expect(text).not.toMatch(/\s{2}|\s[,.;:!?]|,,|\[\]|\[[^\]]*$/);
        // No personal data the sentence did not already have.
        for (const token of text.match(PERSONAL) ?? []) expect(sentence).toContain(token);
        const added = (text.match(NAMES) ?? []).filter((word) => !OWN_WORDS.has(word) && !sentence.includes(word));
        expect(added).toEqual([]);
        // No longer triggers its rule, judged in the whole draft.
        const rewritten = `${draft.slice(0, draft.indexOf(sentence))}${text}${draft.slice(draft.indexOf(sentence) + sentence.length)}`;
        const from = draft.indexOf(sentence);
        const still = analyze({
          draft: rewritten,
          customerMessages: [customer],
          locale: 'en',
          settings: DEFAULT_ENGINE_SETTINGS,
        })
          .findings.filter((finding) => finding.ruleId === point.lead.ruleId)
          .filter((finding) => finding.start < from + text.length && finding.end > from);
        expect(still.map((finding) => finding.text)).toEqual([]);
      }
    },
  );
});
