import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { cardTitle, promptTitle } from '@/lib/coach/plain-names';
import { DEFAULT_ENGINE_SETTINGS, type Finding } from '@/lib/engine/types';
import { problemPoints } from '@/lib/coach/problem-points';
import { oneCardPerWords } from '@/lib/coach/same-words';
import { concernOf } from '@/lib/coach/points';
import { demoTicket, play } from '@/tests/coach/scenario-harness';

/**
 * One kind of sentence, one title (walk 2026-12-07, item 3): a refusal opened with regret is the
 * same refusal as the bare one, so its card reads the same.
 */
function titleOf(draft: string): string[] {
  // Long enough to read as a finished reply, so a "no" (judged on the whole reply) is shown.
  const [moment] = play([{ draft: `${draft} Thanks for your patience.` }], demoTicket('101', 0));
  return moment!.result.view.cards.flatMap((card) => (card.kind === 'problem' ? [cardTitle(card)] : []));
}

const SAME_REFUSAL: Array<[bare: string, regretful: string]> = [
  ["We can't refund the second charge.", "Unfortunately we can't refund the second charge."],
  ['We cannot change the address.', 'Unfortunately, we cannot change the address.'],
  ["We can't do that.", "Sadly we can't do that."],
  ["We can't refund it.", "I'm afraid we can't refund it."],
  ["That's not possible.", "Unfortunately that's not possible."],
  ["We don't offer refunds.", "Unfortunately we don't offer refunds."],
  ["We can't refund it, it's our policy.", "Unfortunately we can't refund it, it's our policy."],
];

describe('card titles: the same refusal reads the same with or without "unfortunately"', () => {
  it.each(SAME_REFUSAL)('"%s" and "%s" have one title', (bare, regretful) => {
    const titles = titleOf(bare);
    expect(titles).toHaveLength(1);
    expect(titleOf(regretful)).toEqual(titles);
  });

  it('a regretful opener with a way forward keeps its own title: it is not a bare "no"', () => {
    // Shown at high sensitivity only (excuse-unfortunately.ts), so read the findings there.
    const draft = "Unfortunately we can't refund it, but I can offer a credit.";
    const settings = { ...DEFAULT_ENGINE_SETTINGS, sensitivity: 'high' as const };
    const findings = analyze({ customerMessages: [], draft, locale: 'en', settings }).findings.filter(
      (finding) => finding.kind === 'problem',
    );
    expect(findings.map((finding) => finding.ruleId)).toEqual(['excuse-unfortunately']);
    expect(cardTitle({ lead: findings[0]! })).toBe('Says what you can’t do');
    expect(titleOf("We can't refund the second charge.")).toEqual(['Says no, with no way forward']);
  });
});

/**
 * One sentence, one title, whatever the timing (walk 2026-12-07 #2, item 1): a point about the
 * whole reply waits for the reply to look finished, so before that only part of a sentence's
 * findings is shown; the title is chosen from all of them by one fixed order.
 */
const UPSET = ['This is ridiculous, I was charged twice!'];
const findingsOf = (draft: string, settings = DEFAULT_ENGINE_SETTINGS): Finding[] =>
  analyze({ customerMessages: UPSET, draft, locale: 'en', settings }).findings;

function titlesOverTime(draft: string): string[] {
  const findings = findingsOf(draft);
  // Each moment's titles in order, one entry per moment.
  return [0, 2000, 5000].map((idleMs) =>
    problemPoints(findings, draft, idleMs)
      .map((point) => cardTitle(point))
      .join(' | '),
  );
}

describe('card titles: one sentence, one title whatever is shown yet', () => {
  it('a refusal with a policy excuse reads "Says no" while its whole-reply "no" still waits', () => {
    // At a typing pause the policy excuse is judged and the bare "no" (about the whole reply) waits.
    const draft = "We can't refund the second charge, it's our policy. I";
    const findings = findingsOf(draft);
    const [pausing] = problemPoints(findings, draft, 2000);
    expect(pausing!.findings.map((finding) => finding.ruleId)).toEqual(['excuse-policy']);
    expect(cardTitle(pausing!)).toBe('Says no, with no way forward');
    expect(new Set(titlesOverTime(draft))).toEqual(new Set(['Says no, with no way forward']));
  });

  it.each([
    'The charge is explained in our terms of service. I',
    'Hi Dana,\n\nThe charge is explained in our terms of service.\n\nBest,\nSam',
    'You should have read the terms, as I said. I',
  ])('"%s" keeps one title at every moment', (draft) => {
    expect(new Set(titlesOverTime(draft)).size).toBe(1);
  });

  /**
   * Walk 2026-12-07 #3, item 1: a rule book given as the whole answer is read as a "no" too, but
   * the sentence says no such thing in words; the title says what it does, from the words a rule
   * named, while a "no" in words still names its sentence (the table above).
   */
  it.each([
    ["It's in the terms you accepted.", 'Blames them'],
    ["It's in the T&Cs you accepted.", 'Blames them'],
    ["It's council policy.", 'Gives policy as the reason'],
  ])('"%s", a rule book as the whole answer, reads "%s", not "Says no"', (sentence, title) => {
    const findings = findingsOf(sentence);
    // The "no" is there, inferred from the small print: the title must not come from it.
    expect(findings.map((finding) => finding.ruleId)).toContain('no-alternative');
    expect(new Set(titlesOverTime(`${sentence} I`))).toEqual(new Set([title]));
    expect(titleOf(sentence)).toEqual([title]);
  });

  it('a "no" in words next to the small print still reads "Says no"', () => {
    const draft = 'Advance tickets are non-refundable, as set out in the terms you agreed to at checkout.';
    const refusal = problemPoints(findingsOf(draft), draft, 5000).find((point) => point.concern === 'excuse');
    expect(refusal && cardTitle(refusal)).toBe('Says no, with no way forward');
  });

  it('the title does not depend on which of two merged points came first', () => {
    const finding = (ruleId: string, category: Finding['category'], start: number, end: number): Finding => ({
      ruleId,
      messageId: ruleId.startsWith('learned') ? 'learned' : 'implied',
      category,
      kind: 'problem',
      start,
      end,
      text: 'x'.repeat(end - start),
      why: '',
      alternatives: [],
    });
    const guess = finding('learned-condescension', 'condescension', 0, 49);
    const rule = finding('blame-implied', 'blame', 11, 30);
    const point = (f: Finding) => ({ concern: concernOf(f)!, lead: f, findings: [f], named: f, settled: true });
    const forward = oneCardPerWords([point(guess), point(rule)]);
    const backward = oneCardPerWords([point(rule), point(guess)]);
    expect(forward).toHaveLength(1);
    expect(cardTitle(forward[0]!)).toBe('Blames them');
    expect(cardTitle(backward[0]!)).toBe('Blames them');
  });
});

// QA qa7 (shot rt7-12): a confused customer's empty reply got a card titled "Solutions, not excuses"
// before a word was typed. A prompt card says what it asks of the reply, in plain words.
describe('prompt card titles say what the card asks for this moment', () => {
  const promptTitles = (ticket: string) =>
    play([{ draft: '' }], demoTicket(ticket, 0))[0]!.result.view.cards.flatMap((card) =>
      card.kind === 'prompt' ? [promptTitle(card)] : [],
    );

  it('an empty reply to a confused customer: a clear next step, not "Solutions, not excuses"', () => {
    expect(promptTitles('102')).toEqual(['A clear next step']);
  });

  it('an empty reply to an upset customer: how they feel', () => {
    expect(promptTitles('101')).toEqual(['How they feel']);
  });
});
