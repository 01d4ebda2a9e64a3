import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { MAX_DRAFT_CHARS } from '@/lib/engine/limits';
import { DEFAULT_ENGINE_SETTINGS, type AnalyzeInput, type EngineSettings } from '@/lib/engine/types';
import { RULES } from '@/lib/rules';

function run(draft: string, settings: Partial<EngineSettings> = {}, customerMessages: string[] = [], locale = 'en') {
  return analyze({ customerMessages, draft, locale, settings: { ...DEFAULT_ENGINE_SETTINGS, ...settings } });
}
const problems = (draft: string, settings: Partial<EngineSettings> = {}) =>
  run(draft, settings)
    .findings.filter((finding) => finding.kind === 'problem')
    .map((finding) => finding.ruleId);

describe('analyze', () => {
  it('returns mood, findings with exact spans and the checklist', () => {
    const draft = 'Hi Dana,\n\nUnfortunately we can’t refund sale items.\n\nBest,\nMarco';
    const result = run(draft, {}, ['I was charged twice!']);
    expect(result.mood.signals.frustration.level).not.toBe('none');
    expect(result.mood.signals.frustration.evidence.map((span) => span.text)).toContain('charged twice');
    expect(result.checklist.map((item) => item.id)).toEqual(['feelings', 'can-do', 'no-has-alternative', 'next-step']);
    const excuse = result.findings.find((finding) => finding.category === 'excuse');
    expect(excuse).toMatchObject({ ruleId: 'excuse-unfortunately', kind: 'problem', text: 'Unfortunately we can’t' });
    expect(draft.slice(excuse!.start, excuse!.end)).toBe(excuse!.text);
  });

  it('reports good practice with kind "good"', () => {
    const result = run('Thanks for the logs. I’ve refunded the fee and I’ll email you by Friday.');
    const good = result.findings.filter((finding) => finding.kind === 'good').map((finding) => finding.category);
    expect(good).toEqual(expect.arrayContaining(['thanks', 'ownership', 'next-step']));
    expect(result.findings.some((finding) => finding.kind === 'problem')).toBe(false);
  });

  it('drops muted rules by id', () => {
    const draft = 'As I said, you should have checked.';
    expect(problems(draft)).toEqual(['condescension', 'blame-customer']);
    expect(problems(draft, { mutedRules: ['condescension'] })).toEqual(['blame-customer']);
  });

  it('shows fewer findings at low sensitivity and more at high', () => {
    const draft = 'You need to restart the router. Maybe it was the update. It’s our policy.';
    // The learned second opinion moves with each retrain (its tiers are pinned in tests/rules/learned-*).
    const mutedRules = RULES.filter((rule) => rule.meta.secondOpinion).map((rule) => rule.meta.id);
    expect(problems(draft, { sensitivity: 'low', mutedRules })).toEqual(['excuse-policy']);
    expect(problems(draft, { sensitivity: 'medium', mutedRules })).toEqual(['commanding', 'excuse-policy']);
    expect(problems(draft, { sensitivity: 'high', mutedRules })).toEqual([
      'commanding',
      'uncertainty',
      'excuse-policy',
    ]);
  });

  it('keeps one finding where two rules of the same category flag the same words', () => {
    const result = run('Unfortunately we can’t do anything about it.');
    expect(result.findings.filter((finding) => finding.category === 'excuse')).toHaveLength(1);
  });

  it('adds the agent’s own jargon', () => {
    // A status with no time may also draw a learned guess, which moves with each retrain.
    const mutedRules = RULES.filter((rule) => rule.meta.secondOpinion).map((rule) => rule.meta.id);
    expect(problems('Your case is with the Bluebird queue.', { customJargon: ['bluebird queue'], mutedRules })).toEqual(
      ['jargon'],
    );
  });

  it('falls back to English messages for a locale without its own', () => {
    const english = run('It’s our policy.').findings[0];
    const french = run('It’s our policy.', {}, [], 'fr-CA').findings[0];
    expect(french?.why).toBe(english?.why);
  });

  it('is deterministic and does not change its input', () => {
    const input: AnalyzeInput = {
      customerMessages: ['This is the third time!'],
      draft: 'As I said, we can’t refund it.',
      locale: 'en',
      settings: { mutedRules: ['jargon'], sensitivity: 'medium', customJargon: ['foo'] },
    };
    const copy = structuredClone(input);
    expect(analyze(input)).toEqual(analyze(input));
    expect(input).toEqual(copy);
  });
});

describe('analyze on bad input', () => {
  it('handles an empty draft and no customer messages', () => {
    const result = run('');
    expect(result.findings).toEqual([]);
    expect(result.checklist).toHaveLength(4);
  });

  it('caps a 1 MB draft: fast, and no finding beyond the cap', () => {
    const draft = 'Unfortunately we can’t help. '.repeat(40_000).slice(0, 1_000_000);
    const started = performance.now();
    const result = run(draft, {}, ['x'.repeat(1_000_000)]);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.length).toBeLessThanOrEqual(40);
    for (const finding of result.findings) expect(finding.end).toBeLessThanOrEqual(MAX_DRAFT_CHARS);
  });

  it('returns no findings for binary-looking text', () => {
    const binary = Array.from({ length: 3_000 }, (_, i) => String.fromCharCode(i % 32)).join('') + 'you should have';
    expect(run(binary).findings).toEqual([]);
  });

  it('stays silent on non-English and mixed-language text without English phrases', () => {
    expect(run('Hola Ana, lo siento mucho. Te devolvemos el dinero mañana. 今日は発送しました。').findings).toEqual([]);
  });

  it('survives malformed settings and inputs from untyped callers', () => {
    const loose = analyze({
      customerMessages: [42, null, 'ok'] as unknown as string[],
      draft: 12 as unknown as string,
      locale: undefined as unknown as string,
      settings: {
        mutedRules: 'all',
        sensitivity: 'extreme',
        customJargon: [null, '', '  '],
      } as unknown as EngineSettings,
    });
    expect(loose.findings).toEqual([]);
  });

  it('never throws; every finding slices back to its text, in order, inside the draft', () => {
    const phrase = fc.constantFrom(
      'unfortunately we can’t',
      'as I said',
      'you should have',
      '> quoted',
      '\nBest,\nAl',
      'Hi Sam,',
      'I’ll call you by Friday.',
      'it’s our policy',
      'SLA',
      'we can’t wait',
      ' ',
      '\n',
      '. ',
      '😀',
      '\u0000',
      '\uD800',
    );
    const draft = fc
      .array(fc.oneof(phrase, fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        draft,
        fc.constantFrom<EngineSettings['sensitivity']>('low', 'medium', 'high'),
        (text, sensitivity) => {
          const { findings } = run(text, { sensitivity, customJargon: ['(', '.*', 'a+'] });
          let previous = -1;
          for (const finding of findings) {
            expect(finding.start).toBeGreaterThanOrEqual(0);
            expect(finding.end).toBeGreaterThan(finding.start);
            expect(finding.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(finding.start, finding.end)).toBe(finding.text);
            expect(finding.start).toBeGreaterThanOrEqual(previous);
            previous = finding.start;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
