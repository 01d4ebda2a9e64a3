import { defineCue } from '@/lib/classify/cues/cue';

/** Urgency: money at stake ("charged twice", "refund", "$49"). One is a hint. */
export default defineCue({
  id: 'urgency-money',
  pattern:
    /\b(?:charged (?:me )?(?:twice|double|again)|double[- ]?charged|over-?charged|refund(?:ed)?\b(?! polic(?:y|ies)\b)|money back(?! guarantee)|chargeback|unauthori[sz]ed (?:charge|payment)|payment (?:failed|declined)|billing error)\b|[$€£]\s?\d[\d,.]*|\b\d[\d,.]* ?(?:dollars|euros|pounds|usd|eur|gbp)\b/gi,
  effects: { urgency: 2.2 },
});
