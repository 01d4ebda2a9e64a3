import type { MoodRule } from './types';

/**
 * Urgency has no GoEmotions label, so it is all cues: a stated deadline, an explicit
 * plea for speed, money at stake, or something important that is blocked right now.
 * Weights are tuned so one deadline or money cue is a hint and an explicit plea, or two
 * cues together, is confident (tests/classify/urgency.test.ts).
 */
const DAYS = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const EVENTS = String.raw`(?:flight|trip|wedding|meeting|event|launch|deadline|exam|interview|appointment|holiday|vacation|departure|move|surgery|presentation|check-?in|closing|payroll)`;

export const urgencyPlea: MoodRule = {
  id: 'urgency-plea',
  pattern:
    /\b(?:asap|urgent(?:ly)?|emergency|immediately|right away|right now|as soon as possible|time[- ]sensitive|running out of time|critical|top priority)\b/gi,
  effects: { urgency: 4.2 },
};

export const urgencyDeadline: MoodRule = {
  id: 'urgency-deadline',
  pattern: new RegExp(
    [
      String.raw`\b(?:by|before|until|no later than) (?:this |next |the )?(?:${DAYS}|tomorrow|tonight|today|noon|midnight|eod|cob|end of (?:the |this )?(?:day|week|month)|the weekend|\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2}(?:st|nd|rd|th)?(?: of)? \w+)\b`,
      String.raw`\bbefore (?:my|the|our|his|her) (?:\w+ )?${EVENTS}\b`,
      String.raw`\b(?:my|the|our) ${EVENTS} (?:is |starts |leaves |departs )?(?:tomorrow|tonight|today|in (?:an|one|two|three|\d+) (?:hours?|days?)|this (?:morning|afternoon|evening|week))\b`,
      String.raw`\b(?:within|in) (?:the next )?(?:an?|one|two|three|\d+) (?:minutes?|hours?)\b|\bwithin (?:the next )?(?:a|one|two|three|\d+) days?\b`,
      String.raw`\b(?:deadline|due (?:date|today|tomorrow))\b`,
    ].join('|'),
    'gi',
  ),
  effects: { urgency: 3 },
};

export const urgencyMoney: MoodRule = {
  id: 'urgency-money',
  pattern:
    /\b(?:charged (?:me )?(?:twice|double|again)|double[- ]?charged|over-?charged|refund(?:ed)?|money back|chargeback|unauthori[sz]ed (?:charge|payment)|payment (?:failed|declined)|billing error)\b|[$€£]\s?\d[\d,.]*|\b\d[\d,.]* ?(?:dollars|euros|pounds|usd|eur|gbp)\b/gi,
  effects: { urgency: 2.2 },
};

export const urgencyBlocked: MoodRule = {
  id: 'urgency-blocked',
  pattern:
    /\b(?:losing|lose|lost) (?:money|customers|sales|business|revenue|clients)\b|\b(?:production|site|store|shop|website|server|system|checkout)s? (?:is |are )?(?:down|offline)\b|\bcan'?t (?:access|log ?in|sign ?in|pay|work|get in)\b/gi,
  effects: { urgency: 2.2 },
};
