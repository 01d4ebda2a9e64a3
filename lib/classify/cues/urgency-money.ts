import { defineCue } from '@/lib/classify/cues/cue';

/**
 * Urgency: money at stake ("charged twice", "refund", "$49") makes a stated hurry more pressing,
 * but is not one: a refund request is not "in a hurry". The support corpus's labels agree
 * (urgency 0 on nearly every refund or double charge): at 2.2 one money cue made a hint, and
 * urgency's precision on its dev split was .26. So it adds to a deadline or a plea and is never
 * quoted as what made the message urgent.
 */
export default defineCue({
  id: 'urgency-money',
  quoted: false,
  // An amount is at most 16 characters ("1,000,000,000.00"): unbounded, "1.2.1.2…" made every
  // digit rescan the rest of the text looking for the currency word (issue 19).
  pattern:
    /\b(?:charged (?:me )?(?:twice|double|again)|double[- ]?charged|over-?charged|refund(?:ed)?\b(?! polic(?:y|ies)\b)|money back(?! guarantee)|chargeback|unauthori[sz]ed (?:charge|payment)|payment (?:failed|declined)|billing error)\b|[$€£]\s?\d[\d,.]*|\b\d[\d,.]{0,15} ?(?:dollars|euros|pounds|usd|eur|gbp)\b/gi,
  effects: { urgency: 1 },
});
