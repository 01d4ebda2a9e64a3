import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/engine/sentences';
import { clearTextMemos } from '@/lib/engine/text-memo';
import {
  anchorIdsOf,
  anchorQuery,
  indexWords,
  registerAnchorWords,
  sentencesMatching,
  sentencesWithHashes,
  wordHash,
  wordsOf,
} from '@/lib/engine/word-index';

// Only declared anchor words are indexed; declare the ones these tests look up.
registerAnchorWords(['policy', 'our', "can't", 'it', 'caf', '3', 'd', 'refunded', 'nothing']);

describe('word index', () => {
  const text = "It’s OUR policy. We can't help.\nPolicy again; café 3-D";
  const sentences = splitSentences(text);
  const index = indexWords(text, sentences);
  const where = (word: string) => sentencesWithHashes(index, [wordHash(word)]);

  it('maps each lower-cased word to the sentences containing it, once each', () => {
    expect(where('policy')).toEqual([0, 2]);
    expect(where('our')).toEqual([0]);
    expect(where("can't")).toEqual([1]);
  });

  it('splits on anything but ASCII letters, digits and straight apostrophes', () => {
    expect(where('it')).toEqual([0]);
    expect(where('caf')).toEqual([2]);
    expect(where('3')).toEqual([2]);
    expect(where('d')).toEqual([2]);
    expect(wordsOf('Tier-2 queue')).toEqual(['tier', '2', 'queue']);
  });

  it('does not index words no rule looks for', () => {
    expect(where('again')).toEqual([]);
  });

  it('hashes case-insensitively and tells different words apart', () => {
    expect(wordHash('Policy')).toBe(wordHash('policy'));
    expect(wordHash('policy')).not.toBe(wordHash('policies'));
  });

  it('skips words in blanked regions (outside every sentence)', () => {
    const blanked = '          Refunded.';
    expect(sentencesWithHashes(indexWords(blanked, splitSentences(blanked)), [wordHash('refunded')])).toEqual([0]);
  });

  it('finds a word declared after a sentence was first indexed (remembered sentences are re-read)', () => {
    const draft = 'Zebra crossing ahead.';
    const before = indexWords(draft, splitSentences(draft));
    expect(sentencesWithHashes(before, [wordHash('zebra')])).toEqual([]);
    registerAnchorWords(['zebra']);
    const after = indexWords(draft, splitSentences(draft));
    expect(sentencesWithHashes(after, [wordHash('zebra')])).toEqual([0]);
  });

  it('handles drafts with more sentences than one bitmask block', () => {
    const long = Array.from({ length: 95 }, (_, i) => (i % 40 === 7 ? 'Our policy.' : 'Fine.')).join(' ');
    const many = splitSentences(long);
    expect(many).toHaveLength(95);
    expect(sentencesWithHashes(indexWords(long, many), [wordHash('policy'), wordHash('nothing')])).toEqual([7, 47, 87]);
  });

  it('gives the same index when a keystroke changes a few sentences as when built from nothing', () => {
    // Sentences 7 and 47 (in different blocks) swap "policy" for "nothing" and back, as if typed over.
    const draftWith = (words: string[]) =>
      Array.from({ length: 60 }, (_, i) => (i === 7 || i === 47 ? `Our ${words[i === 7 ? 0 : 1]}.` : 'Fine.')).join(
        ' ',
      );
    const versions = [
      draftWith(['policy', 'nothing']),
      draftWith(['nothing', 'policy']),
      draftWith(['policy', 'policy']),
    ];
    const words = [wordHash('policy'), wordHash('nothing'), wordHash('our')];
    const typed = versions.map((draft) => indexWords(draft, splitSentences(draft)));
    const fresh = versions.map((draft) => {
      clearTextMemos();
      return indexWords(draft, splitSentences(draft));
    });
    for (const [i, index] of typed.entries()) {
      expect(Array.from(index.masks)).toEqual(Array.from(fresh[i]!.masks));
      for (const word of words)
        expect(sentencesWithHashes(index, [word])).toEqual(sentencesWithHashes(fresh[i]!, [word]));
    }
    expect(sentencesWithHashes(typed[1]!, [wordHash('policy')])).toEqual([47]);
    expect(sentencesWithHashes(typed[2]!, [wordHash('nothing')])).toEqual([]);
  });

  it('answers a repeated query from its last answer while typing, as a fresh lookup would', () => {
    // Sentence 7 gains and loses "policy" and "nothing" keystroke by keystroke; sentence 47 keeps "policy".
    const sentence7 = ['Our', 'Our p', 'Our policy', 'Our policy n', 'Our nothing', 'Our nothing.', 'Fine.', 'Fine'];
    const draftWith = (seven: string) =>
      Array.from({ length: 60 }, (_, i) => (i === 7 ? `${seven}.` : i === 47 ? 'Our policy.' : 'Fine.')).join(' ');
    const lists = [['policy'], ['nothing', 'refunded'], ['our'], ['policy', 'nothing']];
    const queries = lists.map((words) => anchorQuery(anchorIdsOf(words.map(wordHash))));
    const patchedFrom = new Set<unknown>();
    for (const seven of sentence7) {
      const draft = draftWith(seven);
      const index = indexWords(draft, splitSentences(draft));
      if (index.base) patchedFrom.add(index.base);
      queries.forEach((query, q) => {
        const fresh = sentencesWithHashes(index, lists[q]!.map(wordHash));
        expect(sentencesMatching(index, query)).toEqual(fresh);
        // Asked again on the same index: the same answer.
        expect(sentencesMatching(index, query)).toEqual(fresh);
      });
    }
    // The keystrokes were answered from patched indexes, not only from fresh ones.
    expect(patchedFrom.size).toBeGreaterThan(2);
  });

  it('keeps the index when a keystroke changes no anchor word of the sentence, and answers as a fresh one', () => {
    // Typing "sent" letter by letter adds no anchor word, and neither does repeating "policy";
    // the last keystroke turns it into "refunded", an anchor word.
    const steps = [
      'Our policy s',
      'Our policy sen',
      'Our policy policy sen',
      'Our policy policy sent',
      'Our policy refunded',
    ];
    const draftWith = (seven: string) =>
      Array.from({ length: 40 }, (_, i) => (i === 7 ? `${seven}.` : 'Fine.')).join(' ');
    const lists = [['policy'], ['refunded'], ['our', 'nothing']];
    const queries = lists.map((words) => anchorQuery(anchorIdsOf(words.map(wordHash))));
    clearTextMemos();
    const typed = steps.map((seven) => {
      const draft = draftWith(seven);
      const index = indexWords(draft, splitSentences(draft));
      const answers = queries.map((query) => sentencesMatching(index, query));
      return { draft, index, answers, masks: Array.from(index.masks) };
    });
    expect(typed[1]!.index).toBe(typed[0]!.index);
    expect(typed[2]!.index).toBe(typed[0]!.index);
    expect(typed[3]!.index).toBe(typed[0]!.index);
    expect(typed[4]!.index).not.toBe(typed[0]!.index);
    expect(typed[4]!.answers[1]).toEqual([7]);
    for (const step of typed) {
      clearTextMemos();
      const fresh = indexWords(step.draft, splitSentences(step.draft));
      expect(step.masks).toEqual(Array.from(fresh.masks));
      expect(step.answers).toEqual(lists.map((words) => sentencesWithHashes(fresh, words.map(wordHash))));
    }
  });
});
