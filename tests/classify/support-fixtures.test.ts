import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyMood } from '@/lib/classify';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/complaints');
const lines = (name: string) => readFileSync(path.join(fixtures, name), 'utf8').trim().split('\n');
const upsetShare = (messages: string[]) => messages.filter((m) => classifyMood([m]).upset).length / messages.length;

describe('support-register fixtures (tests/fixtures/complaints)', () => {
  // complaints.txt / neutral.txt were used to broaden the rules, and all passed while the cues
  // set hand-made floors. Since the cues' weights are learned with the model (scripts/train-config.ts),
  // these few are read otherwise, listed so any further change shows: the problem-report and
  // stated-frustration cues push less (on Reddit they mark anger one time in five), and a change
  // of address reads as mildly annoyed from the model's words alone. The invoice request left this
  // list with the per-class L1 of the fifth pass (train-config.ts): it now reads calm.
  const KNOWN_MISSED = [
    'The update deleted all my saved projects.',
    "I'm very unhappy with the quality of this jacket.",
  ];
  // One since the model learned from calm messages that name a complaint's topic (support corpus part e).
  const KNOWN_FLAGGED = ['Please cancel my order number 4471, I ordered the wrong size by mistake.'];

  it('flags every tuning complaint as upset but the known ones', () => {
    const missed = lines('complaints.txt').filter((m) => !classifyMood([m]).upset);
    expect(missed).toEqual(KNOWN_MISSED);
  });

  it('leaves every tuning neutral request calm but the known ones', () => {
    const flagged = lines('neutral.txt').filter((m) => classifyMood([m]).upset);
    expect(flagged).toEqual(KNOWN_FLAGGED);
  });

  // holdout-*.txt were written before that tuning and never tuned on: a regression floor
  // at the measured level (14/20 caught, 0/20 false alarms; 16/20 and 0/20 with learned cues), not a target.
  it('keeps held-out recall and false-alarm rate where they were measured', () => {
    expect(upsetShare(lines('holdout-complaints.txt'))).toBeGreaterThanOrEqual(0.8);
    expect(upsetShare(lines('holdout-neutral.txt'))).toBeLessThanOrEqual(0.05);
  });
});
