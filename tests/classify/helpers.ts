import { classifyMood } from '@/lib/classify';
import type { Mood, MoodSignalId, SignalLevel } from '@/lib/engine/types';

export function moodOf(...messages: string[]): Mood {
  return classifyMood(messages);
}

export function levelOf(message: string, id: MoodSignalId): SignalLevel {
  return classifyMood([message]).signals[id].level;
}

export const isRaised = (level: SignalLevel) => level !== 'none';
