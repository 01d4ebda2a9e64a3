import { afterEach, describe, expect, it } from 'vitest';
import { switchRegisterGate } from '@/lib/classify/score-message';
import { scoreMessage } from '@/lib/classify/score-message';
import { gateFeatures, gateLogit, readsAsCasualTalk, type RegisterGate } from '@/lib/classify/register-gate';
import { REGISTER_GATE } from '@/lib/classify/register-gate.generated';
import { tokenize } from '@/lib/classify/tokenize';
import { fitGate, quantiseGate, scoreGate, thresholdFor, type GateRow } from '@/scripts/register-gate-training';

const casual = (gate: RegisterGate, text: string) => readsAsCasualTalk(gate, text, tokenize(text));

describe('the register gate (shipped weights)', () => {
  it.each([
    'Hi, my order 48213 still has not arrived and it has been two weeks. Can you check?',
    'Hello, I was charged twice for my subscription this month. Please refund the second payment.',
    'This is the third time I have contacted you about my refund.',
    'Can you tell me how to reset my password? The link in your email does not work.',
    'Thanks for sorting out my account so quickly, really appreciate it!',
  ])('reads a message to a company as one: %s', (text) => {
    expect(casual(REGISTER_GATE, text)).toBe(false);
  });

  it.each([
    'lol this is the best thing I have seen all day',
    'Honestly that game last night was painful to watch, the refs were awful',
    'Same here, my cat does that every single morning',
  ])('leans toward casual talk on talk among people: %s', (text) => {
    expect(gateLogit(REGISTER_GATE, text, tokenize(text))).toBeGreaterThan(0);
  });

  it('sends plain casual talk to the casual weights, and keeps doubtful messages on the support ones', () => {
    expect(casual(REGISTER_GATE, 'lol this is the best thing I have seen all day')).toBe(true);
    // The threshold lets about 3 % of support messages through, so a middling lean stays put.
    expect(casual(REGISTER_GATE, 'Same here, my cat does that every single morning')).toBe(false);
  });

  it('ignores GoEmotions\' "[NAME]" mask, which real messages never have', () => {
    const text = '[NAME] is right about this';
    expect(gateFeatures(text, tokenize(text), 64)).toEqual(
      gateFeatures('is right about this', tokenize('is right about this'), 64),
    );
  });
});

describe('register gate training', () => {
  const rows: GateRow[] = Array.from({ length: 80 }, (_, i) => {
    const desk = i % 2 === 0;
    return { text: desk ? `hi my order ${1000 + i} is late` : `lol that was wild ${i % 3}`, casual: desk ? 0 : 1 };
  });
  const settings = { buckets: 64, l2: 1e-4, epochs: 200, levels: 40, supportLeak: 0, prune: 0 };

  it('learns which side a message is on, and its threshold lets no support row through at leak 0', () => {
    const features = rows.map((r) => gateFeatures(r.text, tokenize(r.text), settings.buckets));
    const unset = quantiseGate(fitGate(features, rows, settings), settings, 0);
    const threshold = thresholdFor(
      rows.flatMap((r, i) => (r.casual ? [] : [scoreGate(unset, features[i]!)])),
      0,
    );
    const gate = { ...unset, threshold };
    expect(rows.every((r) => casual(gate, r.text) === (r.casual === 1))).toBe(true);
  });
});

describe('the register gate in the product (on; switchRegisterGate(false) for comparisons)', () => {
  afterEach(() => switchRegisterGate());

  it('scores casual talk with the casual weights and leaves a message with a support phrase alone', () => {
    const chat = 'lol this is the best thing I have seen all day';
    // Reads casual to the gate (short, plain words), but "still haven't received" is a customer's phrase.
    const desk = "I still haven't received a response.";
    switchRegisterGate(false);
    const before = [scoreMessage(chat)!.logits, scoreMessage(desk)!.logits];
    switchRegisterGate();
    expect(scoreMessage(chat)!.logits).not.toEqual(before[0]);
    expect(scoreMessage(desk)!.logits).toEqual(before[1]);
    switchRegisterGate(false);
    expect(scoreMessage(chat)!.logits).toEqual(before[0]);
  });

  it('moves only frustration on casual talk: the other classes score as on the support weights', () => {
    const chat = 'lol this is the best thing I have seen all day';
    switchRegisterGate(false);
    const support = scoreMessage(chat)!;
    switchRegisterGate();
    const casual = scoreMessage(chat)!;
    expect(casual.logits.frustration).not.toBe(support.logits.frustration);
    for (const id of ['confusion', 'gratitude', 'sadness'] as const) {
      expect(casual.logits[id]).toBeCloseTo(support.logits[id], 9);
      expect(casual.scores[id]).toBeCloseTo(support.scores[id], 9);
    }
  });
});
