import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { BUILTIN_PACKS } from '@/lib/prompts/builtin';
import type { PromptPack } from '@/lib/prompts/schema';
import { contextFromAnalysis, selectPrompts, type PromptContext } from '@/lib/prompts/select-prompts';
import { validPack } from '@/tests/prompts/fixtures';

const calm: PromptContext = { signals: {}, upset: false, findings: [], checklist: [], events: [] };

function pack(prompts: Array<[string, string[], number]>, id = 'p'): PromptPack {
  return validPack({
    id,
    prompts: prompts.map(([promptId, triggers, weight]) => ({
      id: promptId,
      category: 'empathy',
      text: promptId,
      triggers,
      weight,
    })),
  });
}

describe('selectPrompts', () => {
  it('drops a prompt once the draft already does what its pre-send item asks', () => {
    const empathy = pack([['name-the-problem', ['signal:upset', 'checklist:feelings'], 8]]);
    const upset = { ...calm, upset: true };
    expect(selectPrompts([empathy], { ...upset, checklist: [{ id: 'feelings', status: 'missing' }] })).toHaveLength(1);
    expect(selectPrompts([empathy], { ...upset, checklist: [{ id: 'feelings', status: 'done' }] })).toEqual([]);
  });

  it('shows nothing when nothing was detected', () => {
    expect(selectPrompts(BUILTIN_PACKS, calm, { limit: 10 })).toEqual([]);
  });

  it('matches each trigger form against its part of the context', () => {
    const all = pack([
      ['s', ['signal:confusion'], 1],
      ['u', ['signal:upset'], 1],
      ['c', ['category:jargon'], 1],
      ['r', ['rule:excuse-policy'], 1],
      ['k', ['checklist:next-step'], 1],
      ['e', ['event:customer-thanks'], 1],
    ]);
    const ids = (context: Partial<PromptContext>) =>
      selectPrompts([all], { ...calm, ...context }, { limit: 10 }).map((s) => s.prompt.id);
    expect(ids({ signals: { confusion: 'hint' } })).toEqual(['s']);
    expect(ids({ signals: { confusion: 'none' } })).toEqual([]);
    expect(ids({ upset: true })).toEqual(['u']);
    expect(ids({ findings: [{ ruleId: 'x', category: 'jargon' }] })).toEqual(['c']);
    expect(ids({ findings: [{ ruleId: 'excuse-policy', category: 'excuse' }] })).toEqual(['r']);
    expect(ids({ checklist: [{ id: 'next-step', status: 'missing' }] })).toEqual(['k']);
    expect(ids({ checklist: [{ id: 'next-step', status: 'done' }] })).toEqual([]);
    expect(ids({ events: ['customer-thanks'] })).toEqual(['e']);
  });

  it('ranks by weight × strength: a confident signal beats a hint, more matches beat fewer', () => {
    const p = pack([
      ['hinted', ['signal:frustration'], 6],
      ['confident', ['signal:sadness'], 4],
      ['double', ['signal:frustration', 'signal:upset'], 6],
    ]);
    const context = { ...calm, signals: { frustration: 'hint', sadness: 'confident' } as const, upset: true };
    const ranked = selectPrompts([p], context, { limit: 3 });
    expect(ranked.map((s) => s.prompt.id)).toEqual(['double', 'confident', 'hinted']);
    expect(ranked[0]!.matched).toEqual(['signal:frustration', 'signal:upset']);
    expect(ranked[2]!.score).toBe(3);
  });

  it('keeps pack order on ties, respects the limit and skips weight 0', () => {
    const first = pack(
      [
        ['a', ['signal:upset'], 5],
        ['off', ['signal:upset'], 0],
      ],
      'first',
    );
    const second = pack([['b', ['signal:upset'], 5]], 'second');
    const ranked = selectPrompts([first, second], { ...calm, upset: true }, { limit: 5 });
    expect(ranked.map((s) => `${s.packId}/${s.prompt.id}`)).toEqual(['first/a', 'second/b']);
    expect(selectPrompts([first, second], { ...calm, upset: true }, { limit: 1 })).toHaveLength(1);
  });

  it('builds its context from a real engine analysis', () => {
    const analysis = analyze({
      customerMessages: ['This is ridiculous, charged twice again. Unacceptable.'],
      draft: "Unfortunately we can't refund, it's our policy.",
      locale: 'en',
      settings: DEFAULT_ENGINE_SETTINGS,
    });
    const context = contextFromAnalysis(analysis, ['after-hard-conversation']);
    expect(context.upset).toBe(true);
    expect(context.signals.frustration).not.toBe('none');
    const ids = selectPrompts(BUILTIN_PACKS, context, { limit: 20 }).map((s) => `${s.packId}/${s.prompt.id}`);
    expect(ids).toContain('solutions-not-excuses/lead-with-can-do');
    expect(ids).toContain('empathy/name-the-problem');
    expect(ids).toContain('self-care/three-breaths');
  });
});
