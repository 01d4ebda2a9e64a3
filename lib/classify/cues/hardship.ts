import { defineCue } from '@/lib/classify/cues/cue';

// The writer's own money trouble: struggling, behind, cannot afford, out of work. "Can't afford"
// needs the writer as subject (or none) and a bill or "this month": "fans can't afford tickets" or
// "a therapist, cause I can't afford it" is a remark on Reddit (GoEmotions train), not a plea.
const MONEY = String.raw`(?:i'?m|we'?re|i am|we are|i'?ve been|we'?ve been|been) (?:really |honestly |just |so )?(?:struggling(?! to (?!(?:keep up|pay|make|afford|cope|manage)\b))|behind on|having trouble (?:paying|with (?:money|the payments|bills))|going through (?:a )?(?:really )?(?:hard|tough|difficult|rough) time)|(?:(?<=^|[.!?]\s{0,3})|(?:i|we)(?: \w+)? )(?:can'?t|cannot|can not|couldn'?t) (?:afford (?:(?:it|this|that|them)(?: \w+)? (?:anymore|any more|right now|this (?:month|term|year|week)|at the moment)|(?:the|my|our) (?:[\w-]+ )?(?:contract|plan|payments?|bills?|fees?|amount|rent|mortgage|subscription|trip|lessons|classes|membership|tariff)|this\b|that\b)|make the full|keep up with)|(?<!\b(?:when|while) )(?:i'?m|i am|i'?ve been|been|i was|we'?re|we were) (?:now |currently )?(?:out of work|unemployed)|(?<!\b(?:when|while) i was )made (?:redundant|homeless)|lost my job|hours (?:got |have been |were )?cut|temporary accommodation|eating less|pension doesn'?t stretch`;
// Hard times told plainly: illness, separation, loneliness, a bad stretch.
const HARD_TIMES = String.raw`(?:it'?s been|been|i'?ve had|we'?ve had) a (?:really |very )?(?:rough|hard|difficult|tough|bad|horrible|awful) (?:few )?(?:time|weeks?|months?|year|day)s?\b|(?:i'?m |i am |been |i )(?:\w+ )?feeling (?:really |so |very )?(?:low|down)\b(?! (?:confidence|self|energy|battery|on))|been so down\b|(?:recently )?widowed|marriage (?:has )?ended|(?:we'?ve|we have|have) separated|(?:since|after) (?:my|the|his|her) diagnosis|(?:has|with|diagnosed with) (?:dementia|parkinson'?s|motor neurone|alzheimer'?s)|not got long|(?<!\bthought (?:i'?d|i had|we'?d) )lost (?:pretty much |almost )?everything\b(?! in)|i'?m so tired\b(?! of)|housebound`;

/**
 * Sadness in hardship: money worry and hard times the writer states about themselves or their
 * own people, usually quietly and politely ("I'm struggling to keep up with the payments",
 * "since my hours were cut I can't afford it", "my husband has dementia", "been feeling really
 * low"). Support writers label these sad rather than frustrated unless the customer is also
 * angry (tests/fixtures/support-corpus part f, retired blind-11); a thanks for help "when I was
 * made redundant" looks back and is left alone. A floor at the hint, like grief.
 */
export default defineCue({
  id: 'hardship',
  pattern: new RegExp(String.raw`\b(?:${MONEY}|${HARD_TIMES})`, 'gi'),
  floors: { sadness: 0.6 },
});
