import { defineCue } from '@/lib/classify/cues/cue';

/**
 * Urgency: it happened minutes ago, so it can still be caught: "left my laptop in the car 5
 * mins ago", "car accident just now", "password changed 10 minutes ago". Hours or days ago is
 * a story; minutes ago is a race. One is a hint.
 */
export default defineCue({
  id: 'urgency-fresh',
  pattern: /\b(?:\d{1,2}|a few|a couple of|two|five|ten|twenty) ?(?:mins?|minutes) ago\b|\bjust now\b/gi,
  effects: { urgency: 3 },
});
