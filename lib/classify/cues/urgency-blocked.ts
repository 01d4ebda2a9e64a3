import { defineCue } from '@/lib/classify/cues/cue';

/** Urgency: something important blocked right now ("checkout is down", "can't log in"). One is a hint. */
export default defineCue({
  id: 'urgency-blocked',
  pattern:
    /\b(?<!\b(?:will|would|could|can|do|does|did|might) (?:i|we|you|it) )(?:losing|lose|lost) (?:money|customers|sales|business|revenue|clients)\b|\b(?:production|site|store|shop|website|server|system|checkout)s? (?:(?:is |are )?down(?! the (?:road|street|hall|corridor|block|way)\b)|(?:is |are )offline)\b|\bcan'?t (?:access|log ?in|sign ?in|pay|work(?! out)|get in)\b/gi,
  effects: { urgency: 2.2 },
});
