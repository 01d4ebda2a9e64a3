import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_CLASSES, type Example } from '@/scripts/lib-goemotions';
import { gateRows } from '@/scripts/register-gate-training';
import {
  loadSupportSplit,
  normaliseText,
  RETIRED_BLIND_17_FILE,
  RETIRED_CUSTOMERS_FILE,
  retiredBlind17Examples,
  retiredCustomerExamples,
  splitOf,
  SUPPORT_SIGNALS,
} from '@/scripts/lib-support-corpus';

/** The split is part of the measurement: a message in the wrong file would leak into training. */
describe('support corpus (tests/fixtures/support-corpus)', () => {
  const train = loadSupportSplit('train');
  const dev = loadSupportSplit('dev');

  it('keeps every message in the split its hash names', () => {
    expect(train.filter((m) => splitOf(m.text) !== 'train')).toEqual([]);
    expect(dev.filter((m) => splitOf(m.text) !== 'dev')).toEqual([]);
  });

  it('holds no message twice, within or across the splits', () => {
    const keys = [...train, ...dev].map((m) => normaliseText(m.text));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('labels every signal 0 or 1 and is big enough to measure on', () => {
    for (const m of [...train, ...dev]) for (const id of SUPPORT_SIGNALS) expect([0, 1]).toContain(m[id]);
    expect(train.length + dev.length).toBeGreaterThanOrEqual(3000);
    expect(dev.length).toBeGreaterThanOrEqual(500);
  });
});

/** Every line of a retired set lands in exactly one slice, with a dev slice big enough to report on. */
function expectSplitApart(file: string, train: Example[], dev: Example[]) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  expect(train.length + dev.length).toBe(lines.length);
  expect(dev.length).toBeGreaterThanOrEqual(40);
  const devKeys = new Set(dev.map((e) => normaliseText(e.text)));
  expect(train.filter((e) => devKeys.has(normaliseText(e.text)))).toEqual([]);
}

/** The retired blind-3 customers train the model; their dev slice measures it, so the two must not meet. */
describe('retired blind-3 customers as training data', () => {
  const train = retiredCustomerExamples('train');
  const dev = retiredCustomerExamples('dev');

  it('splits every message into exactly one slice by its hash, keeping a dev slice to report on', () => {
    expectSplitApart(RETIRED_CUSTOMERS_FILE, train, dev);
  });

  it('shares no message with the support corpus dev split', () => {
    const held = new Set(loadSupportSplit('dev').map((m) => normaliseText(m.text)));
    expect(train.filter((e) => held.has(normaliseText(e.text)))).toEqual([]);
  });

  it('turns the listed signals into the model classes, sarcastic thanks not counting as gratitude', () => {
    const sarcastic = [...train, ...dev].filter((e) => /thanks for being so unhelpful/i.test(e.text));
    for (const e of sarcastic) expect(e.labels[MODEL_CLASSES.indexOf('gratitude')]).toBe(0);
    const frustrated = [...train, ...dev].filter((e) => e.labels[MODEL_CLASSES.indexOf('frustration')] === 1);
    expect(frustrated.length).toBe(185);
  });
});

/** The retired blind-17 customers train the register gate; their dev slice measures the mood, so the two must not meet. */
describe('retired blind-17 customers as training data', () => {
  const train = retiredBlind17Examples('train');
  const dev = retiredBlind17Examples('dev');

  it('splits every message into exactly one slice by its hash, keeping a dev slice to report on', () => {
    expectSplitApart(RETIRED_BLIND_17_FILE, train, dev);
    expect(dev.every((e) => splitOf(e.text) === 'dev')).toBe(true);
  });

  it('is among the register gate rows as messages to a company, its dev slice not at all', () => {
    const rows = gateRows();
    if (!rows) return; // GoEmotions absent: the gate is not trained here either
    const toCompany = new Set(rows.filter((r) => !r.casual).map((r) => normaliseText(r.text)));
    expect(train.every((e) => toCompany.has(normaliseText(e.text)))).toBe(true);
    expect(dev.filter((e) => toCompany.has(normaliseText(e.text)))).toEqual([]);
  });

  it('reads the per-signal fields as the model classes', () => {
    const frustrated = [...train, ...dev].filter((e) => e.labels[MODEL_CLASSES.indexOf('frustration')] === 1);
    expect(frustrated.length).toBe(153);
  });
});
