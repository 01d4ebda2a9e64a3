import { defineCue } from '@/lib/classify/cues/cue';

/**
 * Helpdesk messages are mostly questions ("Do you ship to Canada?", "Can I pause my plan?").
 * The Reddit model links a question mark with confusion; an ordinary request is not
 * confusion, so these openings calm it down. Confused wording still wins (confusion-cues).
 * -2 since the naive-Bayes-scaled model weighs a bare "?" more (-1.5 left "Do you ship to Canada?" a hint).
 */
export default defineCue({
  id: 'plain-question',
  pattern:
    /(?:^|[.!?]\s+|\n)(?:hi|hello|hey|good (?:morning|afternoon|evening))?[ ,!]*(?:do|does|can|could|would|will|is|are|may|should|what|when|where|which|how (?:long|much|many|often)|is it possible|i'?d like|i would like|please)\b(?!(?:(?!\byou\b)[^.!?\n])*\bmean\b)/gi,
  effects: { confusion: -2 },
});
