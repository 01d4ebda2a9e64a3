import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { sentenceMemo } from '@/lib/engine/sentence-facts';
import { clearTextMemos, startAnalysis, textMemo } from '@/lib/engine/text-memo';
import { DEFAULT_ENGINE_SETTINGS, type Analysis } from '@/lib/engine/types';
import { findRefusals } from '@/lib/rules/shared/refusals';
import { calmContext } from '@/tests/rules/rule-table';

const CUSTOMER = ['This is the third time I write. I need it fixed by Friday!'];

function run(draft: string, sensitivity: 'low' | 'medium' | 'high' = 'high'): Analysis {
  return analyze({
    customerMessages: CUSTOMER,
    draft,
    locale: 'en',
    settings: { ...DEFAULT_ENGINE_SETTINGS, sensitivity },
  });
}

function cold(draft: string, sensitivity: 'low' | 'medium' | 'high' = 'high'): Analysis {
  clearTextMemos();
  return run(draft, sensitivity);
}

describe('text memo', () => {
  it('keeps recently used entries and drops the rest once both generations are full', () => {
    const memo = textMemo<number>(2);
    memo.set('a', 1);
    memo.set('b', 2); // generation full: a, b become the old generation
    expect(memo.get('a')).toBe(1); // carried over into the young generation
    memo.set('c', 3); // young full (a, c): b is dropped with the old generation
    memo.set('d', 4);
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('a')).toBe(1);
    expect(memo.get('d')).toBe(4);
  });

  it('also starts a new generation when the remembered text gets long', () => {
    const memo = textMemo<number>(100, 10);
    memo.set('abcdef', 1);
    memo.set('ghijkl', 2); // 12 characters: both become the old generation
    memo.set('mnopqr', 3);
    memo.set('stuvwx', 4); // and again: the first two are dropped
    expect(memo.get('abcdef')).toBeUndefined();
    expect(memo.get('mnopqr')).toBe(3);
  });

  it('forgets everything after clearTextMemos()', () => {
    const memo = textMemo<number>();
    memo.set('a', 1);
    clearTextMemos();
    expect(memo.get('a')).toBeUndefined();
  });

  it('drops what no analysis used for a few analyses, and keeps what each one used', () => {
    const memo = textMemo<number>();
    memo.set('half-typed', 1);
    memo.set('unchanged', 2);
    startAnalysis();
    expect(memo.get('half-typed')).toBe(1); // one analysis later it is still there
    for (let analysis = 0; analysis < 40; analysis++) {
      startAnalysis();
      memo.keep(['unchanged'], [2]); // used every time, from the previous call's answer
    }
    expect(memo.get('half-typed')).toBeUndefined();
    expect(memo.get('unchanged')).toBe(2);
  });

  it('keeps no text longer than the caller remembers', () => {
    const memo = textMemo<number>();
    for (let analysis = 0; analysis < 40; analysis++) {
      startAnalysis();
      memo.keep(['short', 'a pasted log'], [1, 2], 5);
    }
    expect(memo.get('short')).toBe(1);
    expect(memo.get('a pasted log')).toBeUndefined();
  });

  it('answers a keystroke the same whether or not older versions were dropped', () => {
    const drafts = Array.from(
      { length: 30 },
      (_, typed) =>
        `Hi Dana,\n\nUnfortunately we can't refund it. The parcel went out ${'with the courier today'.slice(0, typed)}. Calm down.`,
    );
    // 30 analyses: the first versions of the sentence are dropped from the memos on the way.
    const typedAlong = drafts.map((draft) => run(draft));
    const backToTheFirst = run(drafts[0]!);
    expect(drafts.map((draft) => cold(draft))).toEqual(typedAlong);
    expect(backToTheFirst).toEqual(cold(drafts[0]!));
  });
});

describe('sentence memo', () => {
  it('computes once per distinct sentence text, across calls and positions', () => {
    const lengthOf = sentenceMemo<number>();
    const seen: string[] = [];
    const measure = (draft: string) => {
      const built = calmContext(draft);
      return built.sentences.map((_, index) =>
        lengthOf(built, index, (text) => {
          seen.push(text);
          return text.length;
        }),
      );
    };
    clearTextMemos();
    expect(measure('One two. Three four five.')).toEqual([8, 16]);
    // The first sentence moved and a new one came before it: only the new one is computed.
    expect(measure('Hello there. One two. Three four five.')).toEqual([12, 8, 16]);
    expect(seen).toEqual(['One two.', 'Three four five.', 'Hello there.']);
  });

  it('tells a repeated sentence apart by what follows it', () => {
    clearTextMemos();
    const draft = "We can't refund it. Thanks for writing. We can't refund it. You could call the bank today.";
    const built = calmContext(draft);
    expect(findRefusals(built).map((refusal) => refusal.hasAlternative)).toEqual([false, true]);
    // Same sentences again, other order: the remembered answers must follow the neighbours.
    const swapped = calmContext(
      "We can't refund it. You could call the bank today. We can't refund it. Thanks for writing.",
    );
    expect(findRefusals(swapped).map((refusal) => refusal.hasAlternative)).toEqual([true, false]);
  });
});

describe('analyze with remembered sentences', () => {
  it('gives the same result as a cold run while a draft is typed and edited', () => {
    const sentence = fc.constantFrom(
      'Unfortunately we can’t refund sale items.',
      'As I said, you should have checked the SLA.',
      'I’ll email you by Friday.',
      'It’s our policy.',
      'You need to restart the router.',
      'I don’t know when it ships.',
      'We can’t do that.',
      'Thanks for your patience!',
      'That sounds really frustrating.',
      'Best,\nSam',
      '> quoted line',
    );
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.constantFrom('', 'a', '.', ' ', '\n', 'not '),
    });
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 8 }),
        fc.array(edit, { maxLength: 12 }),
        (parts, edits) => {
          let draft = parts.join(' ');
          for (const { at, remove, insert } of edits) {
            const position = at % (draft.length + 1);
            draft = draft.slice(0, position) + insert + draft.slice(position + remove);
            const warm = run(draft);
            expect(warm).toEqual(cold(draft));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
