import { describe, expect, it } from 'vitest';
import { nudgeOutcomes, ruleOfKey } from '@/lib/coach/nudge-outcomes';

describe('nudge outcomes', () => {
  it('counts a newly shown nudge as seen, once', () => {
    expect(nudgeOutcomes([], ['excuse-policy@our policy'], [], {}).seen).toEqual(['excuse-policy@our policy']);
    expect(
      nudgeOutcomes(['excuse-policy@our policy'], ['excuse-policy@our policy'], [], { 'excuse-policy@our policy': 1 })
        .seen,
    ).toEqual([]);
  });
  it('counts a nudge that left because the words changed as acted on, not one set aside', () => {
    const out = nudgeOutcomes(['a@x', 'b@y'], [], ['b@y'], { 'a@x': 1, 'b@y': 1 });
    expect(out.acted).toEqual(['a@x']);
  });
  it('keeps the rule id of a key', () => {
    expect(ruleOfKey('excuse-policy@it is our policy')).toBe('excuse-policy');
  });
});
