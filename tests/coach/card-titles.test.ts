import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { cardTitle } from '@/lib/coach/plain-names';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
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
    expect(cardTitle({ lead: findings[0]!, findings })).toBe('Says what you can’t do');
    expect(titleOf("We can't refund the second charge.")).toEqual(['Says no, with no way forward']);
  });
});
