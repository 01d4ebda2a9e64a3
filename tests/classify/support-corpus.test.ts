import { describe, expect, it } from 'vitest';
import { loadSupportSplit, normaliseText, splitOf, SUPPORT_SIGNALS } from '@/scripts/lib-support-corpus';

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
