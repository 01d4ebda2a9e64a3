import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import rule from '@/lib/rules/learned-jargon';
import { LEARNED_GOOD_REPLIES } from '@/tests/rules/learned-good-replies';
import { ruleTable } from '@/tests/rules/rule-table';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';

/**
 * The learned second opinion is a model, so these cases pin what the shipped weights do
 * (drafts written for this test, not taken from the training or eval sets). Since session 10's
 * retrain the rules read codes among ordinary words as shorthand (recall1), and training found
 * the learned jargon opinion added nothing within its nag budget: its operating points are out
 * of reach, so it stays quiet, and the jargon it used to catch is the rules' to find.
 */
ruleTable(rule, {
  valid: [
    ...LEARNED_GOOD_REPLIES,
    { draft: 'I’ve checked. The RMA is at AWAITING_RCV in the WMS.', settings: { sensitivity: 'high' } },
  ],
  invalid: [],
});

describe('jargon the learned opinion no longer speaks for', () => {
  it('is still found, by the rules', () => {
    const analysis = analyze({
      draft: 'I’ve checked. The RMA is at AWAITING_RCV in the WMS.',
      customerMessages: [],
      locale: 'en',
      settings: { ...DEFAULT_ENGINE_SETTINGS, sensitivity: 'high' },
    });
    expect(analysis.findings.filter((f) => f.category === 'jargon').map((f) => f.ruleId)).toContain('jargon');
  });
});
