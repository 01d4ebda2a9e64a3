import { TINY_TRAIN_CONFIG } from '@/tests/classify/tiny-train-config';
import { describe, expect, it } from 'vitest';
import { applyCues } from '@/lib/classify/apply-cues';
import { MOOD_CUES } from '@/lib/classify/cues';
import { MODEL_SIGNALS } from '@/lib/classify/model';
import { PACKED_MODEL } from '@/lib/classify/model-weights.generated';
import { signalRecord, type WeightedSpan } from '@/lib/classify/signal-record';
import { fitModel, type TrainConfig } from '@/scripts/classifier-training';
import { fit } from '@/scripts/elastic-net-training';
import type { Example } from '@/scripts/lib-goemotions';

const ON_HOLD = 'I was put on hold, how much longer?';
const run = (text: string, learned?: Record<string, number[]>, keptFloors: string[] = []) => {
  const logits = signalRecord(() => 0);
  const evidence = signalRecord<WeightedSpan[]>(() => []);
  const outcome = applyCues(text, logits, evidence, { cues: learned, keptFloors });
  return { logits, evidence, outcome };
};

describe('learned cues (apply-cues.ts)', () => {
  it('replaces a cue’s hand-set floor with its learned push', () => {
    expect(run(ON_HOLD).outcome.floors.frustration).toBe(0.6);
    const learned = run(ON_HOLD, { 'waiting-on-hold': [1.7, -0.5, 0, 0.2] });
    expect(learned.outcome.floors.frustration).toBe(0);
    expect(learned.logits.frustration).toBeCloseTo(1.7);
    expect(learned.logits.confusion).toBeCloseTo(-0.5);
    expect(learned.evidence.frustration.map((span) => span.text)).toEqual(['put on hold', 'how much longer']);
    expect(learned.evidence.confusion).toEqual([]);
  });

  it('keeps a hand-set floor the model lists as kept, next to the learned push', () => {
    const kept = run(ON_HOLD, { 'waiting-on-hold': [1.7, 0, 0, 0] }, ['waiting-on-hold']);
    expect(kept.outcome.floors.frustration).toBe(0.6);
    expect(kept.logits.frustration).toBeCloseTo(1.7);
  });

  it('does not cite words whose learned push is too small to matter', () => {
    const learned = run(ON_HOLD, { 'waiting-on-hold': [0.1, 0, 0, 0] });
    expect(learned.evidence.frustration).toEqual([]);
    expect(learned.outcome.raised.has('frustration')).toBe(false);
  });

  it('keeps what the model does not score: urgency effects and ceilings', () => {
    const plea = 'Please, I need this today, it is urgent.';
    const urgency = run(plea).logits.urgency;
    expect(urgency).toBeGreaterThan(0);
    expect(run(plea, { 'urgency-plea': [0, 0, 0, 0] }).logits.urgency).toBe(urgency);
    const sarcastic = run('Thanks for wasting my afternoon.', { 'sarcastic-thanks': [1.8, 0, -2.7, 0] });
    expect(sarcastic.outcome.ceilings.gratitude).toBe(0.2);
    expect(sarcastic.logits.gratitude).toBeCloseTo(-2.7);
  });

  it('ships pushes only for registered cues, one per model signal', () => {
    const ids = new Set(MOOD_CUES.map((cue) => cue.id));
    for (const [id, pushes] of Object.entries(PACKED_MODEL.cues ?? {})) {
      expect(ids.has(id)).toBe(true);
      expect(pushes).toHaveLength(MODEL_SIGNALS.length);
    }
    for (const id of PACKED_MODEL.keptFloors ?? []) {
      expect(PACKED_MODEL.cues?.[id]).toBeDefined();
      expect(MOOD_CUES.find((cue) => cue.id === id)?.floors).toBeDefined();
    }
  });
});

describe('learned cue columns (classifier-training.ts)', () => {
  const config: TrainConfig = { ...TINY_TRAIN_CONFIG, learnedCues: ['waiting-on-hold'] };
  // The cue is the only thing telling frustrated rows from calm ones: the words around it vary.
  const rows: Example[] = Array.from({ length: 80 }, (_, i) => {
    const frustrated = i % 2 === 0;
    const topic = ['printer', 'invoice', 'router', 'parcel', 'voucher'][i % 5];
    const text = frustrated
      ? `${topic} call: on hold for ${10 + i} minutes`
      : `${topic} call: done in ${10 + i} minutes`;
    return { text, labels: [frustrated ? 1 : 0, 0, 0, 0] };
  });

  it('learns a large push for a cue that marks the class, and none for classes it does not', () => {
    const model = fitModel(rows, config, MODEL_SIGNALS.length, fit);
    const [frustration, confusion] = model.cues!['waiting-on-hold']!;
    expect(frustration).toBeGreaterThan(2);
    expect(confusion).toBeLessThanOrEqual(0);
    expect(model.weights).toHaveLength(config.hashSize * MODEL_SIGNALS.length);
  });

  it('leaves a cue kept to other classes (cueClasses) out of this class’s fit: push 0, words unchanged', () => {
    // Confusion gets the same labels as frustration, so only the restriction can tell them apart.
    const twin = rows.map((row) => ({ ...row, labels: [row.labels[0]!, row.labels[0]!, 0, 0] }));
    const restricted = { ...config, cueClasses: { 'waiting-on-hold': ['frustration'] } };
    const model = fitModel(twin, restricted, MODEL_SIGNALS.length, fit);
    const [frustration, confusion] = model.cues!['waiting-on-hold']!;
    expect(frustration).toBeGreaterThan(2);
    expect(confusion).toBe(0);
    // Without the cue, confusion has to lean on the words ("hold") instead.
    const wordWeight = (m: typeof model, c: number) => {
      let sum = 0;
      for (let b = 0; b < config.hashSize; b++) sum += Math.abs(m.weights[b * MODEL_SIGNALS.length + c]!);
      return sum;
    };
    expect(wordWeight(model, 1)).toBeGreaterThan(wordWeight(model, 0));
  });
});
