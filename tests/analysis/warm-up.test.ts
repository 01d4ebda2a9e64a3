import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { warmUpEngine } from '@/lib/analysis/warm-up';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';

describe('warmUpEngine', () => {
  it('leaves no trace: a reply analysed after it gets what it gets in a fresh engine', () => {
    const input = {
      customerMessages: ['Where is my refund? I have waited two weeks.'],
      draft: "Hi Jo, unfortunately we can't refund it, that's our policy.",
      locale: 'en' as const,
      settings: DEFAULT_ENGINE_SETTINGS,
    };
    const before = analyze(input).findings.map((finding) => finding.ruleId);
    warmUpEngine(DEFAULT_ENGINE_SETTINGS);
    expect(analyze(input).findings.map((finding) => finding.ruleId)).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });
});
