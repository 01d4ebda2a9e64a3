import { describe, expect, it } from 'vitest';
import { classifyMood, scoreMessage } from '@/lib/classify';

const CALM = 'Hi, could you tell me when my order will ship?';
const ANGRY = "This is the third time I'm writing. Still no answer and I was charged twice!!!";
const THANKS = 'Thank you so much, that fixed it. Have a great day!';

describe('mood over the last few customer messages', () => {
  it('is steady with a single message', () => {
    expect(classifyMood([ANGRY]).trend).toBe('steady');
    expect(classifyMood([]).trend).toBe('steady');
  });

  it('rises when a calm customer turns angry', () => {
    const mood = classifyMood([CALM, ANGRY]);
    expect(mood.trend).toBe('rising');
    expect(mood.upset).toBe(true);
  });

  it('eases when an angry customer is thanked and thanks back', () => {
    const mood = classifyMood([ANGRY, ANGRY, THANKS]);
    expect(mood.trend).toBe('easing');
    expect(mood.signals.gratitude.level).not.toBe('none');
  });

  it('lets recent anger keep a borderline latest message raised, not one calm line erase it', () => {
    const latest = 'ok.';
    const alone = classifyMood([latest]).signals.frustration.score;
    const afterAnger = classifyMood([ANGRY, ANGRY, latest]).signals.frustration.score;
    expect(afterAnger).toBeGreaterThan(alone);
    expect(afterAnger).toBeGreaterThan(scoreMessage(latest)?.scores.frustration ?? 0);
  });

  it('only looks at the last three messages', () => {
    const old = classifyMood([ANGRY, CALM, CALM, CALM]);
    expect(old.signals.frustration.level).toBe('none');
    expect(old.upset).toBe(false);
  });

  it('cites evidence from an earlier message with its index', () => {
    const mood = classifyMood([ANGRY, 'Any news? I am still waiting.']);
    const indexes = mood.signals.frustration.evidence.map((e) => e.messageIndex);
    expect(indexes).toContain(0);
  });
});
