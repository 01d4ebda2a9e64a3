import { describe, expect, it } from 'vitest';
import { runRules } from '@/lib/analysis/run-rules';
import type { Rule } from '@/lib/engine/rule';
import blameImplied from '@/lib/rules/blame-implied';
import commanding from '@/lib/rules/commanding';
import excuseSomeoneElse from '@/lib/rules/excuse-someone-else';
import learnedNoAlternative from '@/lib/rules/learned-no-alternative';
import noAlternative from '@/lib/rules/no-alternative';
import uncertaintyNoEta from '@/lib/rules/uncertainty-no-eta';
import { calmContext } from '@/tests/rules/rule-table';

/**
 * Which findings judge the whole reply (Finding.wholeReply), so the coach holds them until the
 * reply looks finished: the shapes that count only where nothing else is offered, and the learned
 * opinion of the whole draft. A finding about its own sentence never carries the mark.
 */
function scopes(rule: Rule, draft: string) {
  return runRules([rule], calmContext(draft)).map((finding) => ({
    text: finding.text,
    wholeReply: finding.wholeReply === true,
  }));
}

describe('whole-reply findings', () => {
  it('a "no", bare or a rule book as the whole answer, is about the reply: the way forward is often the next sentence', () => {
    expect(scopes(noAlternative, 'We can’t refund this.')).toEqual([{ text: 'We can’t refund', wholeReply: true }]);
    expect(scopes(noAlternative, 'We don’t resize rings.')).toEqual([{ text: 'We don’t resize', wholeReply: true }]);
  });

  it('an order in its own words is about its sentence; a bare order in a reply that offers nothing is about the reply', () => {
    const phrased = scopes(commanding, 'You must send the receipt today.');
    expect(phrased.length).toBeGreaterThan(0);
    expect(phrased.every((finding) => !finding.wholeReply)).toBe(true);
    const bare = scopes(commanding, 'Resubmit the form with the right postcode.');
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.every((finding) => finding.wholeReply)).toBe(true);
  });

  it('rules that speak only when nothing is offered declare it for every finding', () => {
    for (const [rule, draft] of [
      [excuseSomeoneElse, 'The fee was applied by our billing provider.'],
      [uncertaintyNoEta, 'Processing times vary.'],
      [blameImplied, 'As stated in the terms you agreed to, this is non-refundable.'],
    ] as const) {
      const found = scopes(rule, draft);
      expect(found.length, draft).toBeGreaterThan(0);
      expect(found.every((finding) => finding.wholeReply)).toBe(true);
    }
  });

  it('the learned opinion reads the whole draft, so its findings are about the reply', () => {
    // A "no" the refusal finder does not read, where the learned opinion still speaks (draft-model.ts).
    const draft = 'Exam scripts are not shown to students under any circumstances.';
    expect(scopes(learnedNoAlternative, draft)).toEqual([{ text: draft, wholeReply: true }]);
  });
});
