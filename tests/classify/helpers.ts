import { expect, it } from 'vitest';
import { classifyMood } from '@/lib/classify';
import type { Mood, MoodSignalId, SignalLevel } from '@/lib/engine/types';

export function moodOf(...messages: string[]): Mood {
  return classifyMood(messages);
}

export function levelOf(message: string, id: MoodSignalId): SignalLevel {
  return classifyMood([message]).signals[id].level;
}

export const isRaised = (level: SignalLevel) => level !== 'none';

/**
 * A signal's table at the message level: each raising message shows the signal at least as a
 * hint and quotes the words that carry it; each near miss leaves it at none.
 */
export function signalTable(id: MoodSignalId, raised: Array<[string, string]>, nearMisses: string[]): void {
  it.each(raised)('"%s" is at least a hint, citing "%s"', (message, cue) => {
    const signal = moodOf(message).signals[id];
    expect(signal.level).not.toBe('none');
    expect(signal.evidence.map((e) => e.text)).toContain(cue);
  });
  it.each(nearMisses)(`"%s" shows no ${id}`, (message) => {
    expect(levelOf(message, id)).toBe('none');
  });
}
