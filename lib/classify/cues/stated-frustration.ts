import { defineCue } from '@/lib/classify/cues/cue';

/**
 * The customer names the feeling: "I'm extremely frustrated", "it's driving me crazy",
 * "I can't believe". Plain statements the Reddit model scores unevenly; they are exactly
 * what the agent should acknowledge.
 */
export default defineCue({
  id: 'stated-frustration',
  pattern:
    /\b(?<!\bnot |n'?t )(?:i'?m|i am|we'?re|we are|i feel|feeling|getting|very|extremely|really|so|quite|incredibly|absolutely|beyond)\s+(?:(?:very|extremely|really|so|quite|incredibly|absolutely|beyond|getting)\s+)?(?:unhappy|annoyed|frustrated|angry|furious|livid|irritated|dissatisfied|upset|fuming|exasperated)\b|\bdriving me (?:crazy|mad|nuts|insane|up the wall)\b|\bcan'?t believe\b(?! (?:how (?:fast|quick|quickly|easy|easily|good|great|helpful|kind|simple|smooth|cheap|lovely|nice|well)|(?:it|that) was (?:so )?(?:fast|quick|easy|simple|painless)|my luck)\b)/gi,
  floors: { frustration: 0.6 },
});
