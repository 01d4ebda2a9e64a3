import { describe, expect, it } from 'vitest';
import { classifyMood, scoreMessage } from '@/lib/classify';
import { MAX_SCORED_MESSAGE_CHARS } from '@/lib/engine/limits';
import { MOOD_SIGNALS } from '@/lib/engine/types';
import { pickEvidence } from '@/lib/classify/evidence';
import type { WeightedSpan } from '@/lib/classify/signal-record';

function expectSpansMatch(messages: string[]) {
  const mood = classifyMood(messages);
  let count = 0;
  for (const id of MOOD_SIGNALS) {
    for (const e of mood.signals[id].evidence) {
      expect(messages[e.messageIndex]!.slice(e.start, e.end)).toBe(e.text);
      count++;
    }
  }
  return { mood, count };
}

describe('evidence spans', () => {
  it('point at the exact text, in UTF-16 offsets, across messages', () => {
    const messages = [
      'Hi 👋 — I ordered the “café” bundle 🎁 and I’m still waiting!!!',
      'Ça ne marche pas. This is the third time I’m writing, and I was charged twice 😡',
    ];
    const { count } = expectSpansMatch(messages);
    expect(count).toBeGreaterThan(2);
  });

  it('cite the phrase that drove the signal', () => {
    const mood = classifyMood(['Hello. I was charged twice for one order, please fix it by Friday.']);
    expect(mood.signals.frustration.evidence.map((e) => e.text)).toContain('charged twice');
    expect(mood.signals.urgency.evidence.map((e) => e.text)).toEqual(
      expect.arrayContaining(['please fix it by Friday']),
    );
    expect(mood.signals.gratitude.evidence).toEqual([]);
  });

  it('cite model words as well as rule phrases', () => {
    const mood = classifyMood(['I am so angry and annoyed right now.']);
    const cited = mood.signals.frustration.evidence.map((e) => e.text.toLowerCase());
    expect(cited.some((t) => t === 'angry' || t === 'annoyed')).toBe(true);
  });

  it('stay correct when only the end of a very long message is analysed', () => {
    const filler = 'The weather was nice and the meeting went fine. '.repeat(200);
    const message = `${filler}This is the third time I'm writing about my refund!`;
    expect(message.length).toBeGreaterThan(MAX_SCORED_MESSAGE_CHARS);
    const { mood } = expectSpansMatch([message]);
    const cited = mood.signals.frustration.evidence.map((e) => e.text);
    expect(cited).toContain("third time I'm writing");
    const score = scoreMessage(message)!;
    for (const span of score.evidence.frustration)
      expect(span.start).toBeGreaterThan(message.length - MAX_SCORED_MESSAGE_CHARS - 1);
  });

  it('join neighbouring words into one phrase', () => {
    const message = "My order was due last week and it's still not here.";
    const cited = classifyMood([message]).signals.frustration.evidence.map((e) => e.text);
    expect(cited.some((t) => t.includes('still not here'))).toBe(true);
    for (const text of cited) expect(message).toContain(text);
  });

  it('quote the words that carry the confusion, not the verb that reports the help article (QA f-102-1)', () => {
    const mood = classifyMood([
      "Hello, I'm confused about how to export my invoices. The help article says to go to Settings > Data, but I don't see a Data tab anywhere. Am I missing something? Which plan do I need for this?",
    ]);
    const cited = mood.signals.confusion.evidence.map((e) => e.text);
    expect(cited).toContain('Am I missing something');
    expect(cited).not.toContain('says');
  });

  it('are empty for signals that stay at none', () => {
    const mood = classifyMood(['Could you send me the invoice for March?']);
    for (const id of MOOD_SIGNALS) {
      if (mood.signals[id].level === 'none') expect(mood.signals[id].evidence).toEqual([]);
    }
  });
});

describe('chips read as words an agent would quote (pickEvidence)', () => {
  const model = (message: string, words: string, weight = 1): WeightedSpan => {
    const start = message.indexOf(words);
    return { start, end: start + words.length, text: words, weight, source: 'model' };
  };
  const quoted = (message: string, spans: WeightedSpan[]) => pickEvidence(message, 0, spans, 3).map((e) => e.text);

  it('a word the model weighed keeps its object: "Thank you", not "Thank"', () => {
    const message = 'Thank you, that sorted it.';
    expect(quoted(message, [model(message, 'Thank')])).toEqual(['Thank you']);
  });

  it('but not a longer word that starts like one ("your")', () => {
    const message = 'Really appreciate your help.';
    expect(quoted(message, [model(message, 'appreciate')])).toEqual(['appreciate']);
  });

  it('a counted word keeps its count: "three days", "48 hours"', () => {
    const message = 'It has been three days, and 48 hours on hold before that.';
    expect(quoted(message, [model(message, 'days', 2), model(message, 'hours')])).toEqual(['three days', '48 hours']);
  });

  it('marks alone that the model weighed are never a chip, while phrases from cues stay', () => {
    const message = 'Am I missing something? Which plan?';
    const rule = { ...model(message, 'missing something'), source: 'rule' as const };
    expect(quoted(message, [model(message, '?', 3), rule])).toEqual(['missing something']);
  });
});

describe('stacked marks ("!!", "???") are quoted with the word they end, never alone', () => {
  const chipsOf = (message: string) => classifyMood([message]).signals.frustration.evidence.map((e) => e.text);
  it.each([
    ['This is the third time I am writing about this. This is unacceptable!! I need it fixed.', 'unacceptable!!'],
    ['I have been waiting three weeks. Ridiculous!!!', 'Ridiculous!!!'],
  ])('%j quotes %j', (message, chip) => {
    const chips = chipsOf(message);
    expect(chips).toContain(chip);
    for (const text of chips) expect(text).toMatch(/\p{L}/u);
  });

  it('a mark after no quoted word is not a chip', () => {
    const message = 'This is the third time I am writing about this, and nobody answers me!!!';
    expect(chipsOf(message)).not.toContain('!!!');
  });
});

describe('cue phrases are quoted without the sentence boundary they start at', () => {
  it('a plain question is never quoted as confusion, nor its ". " or "? " with it', () => {
    const message =
      "I'm confused about how to export my invoices. Am I missing something? Which plan do I need for this? Do you know?";
    const mood = classifyMood([message]);
    const chips = MOOD_SIGNALS.flatMap((id) => mood.signals[id].evidence.map((e) => e.text));
    expect(chips).toContain("I'm confused");
    for (const chip of chips) {
      expect(chip, `"${chip}" starts or ends with a mark glued to words`).not.toMatch(
        /^[^\p{L}\p{N}]+\s|\s[^\p{L}\p{N}]+$/u,
      );
      expect(chip).not.toMatch(/^(?:which|do|am)$/i);
    }
  });
});
