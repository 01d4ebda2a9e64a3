import { defineCue } from '@/lib/classify/cues/cue';

const DAYS = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const EVENTS = String.raw`(?:flight|trip|wedding|meeting|event|launch|deadline|exam|interview|appointment|holiday|vacation|departure|move|surgery|presentation|check-?in|closing|payroll)`;

/** Urgency: a stated deadline ("by Friday", "before my flight", "in two hours"). One is a hint. */
export default defineCue({
  id: 'urgency-deadline',
  pattern: new RegExp(
    [
      String.raw`\b(?<!\b(?:open|opens|valid|available|closed|close|closes|away|off) )(?:by|before|until|no later than) (?:this |next |the )?(?:${DAYS}|tomorrow|tonight|today|noon|midnight|eod|cob|end of (?:the |this )?(?:day|week|month)|the weekend|\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2}(?:st|nd|rd|th)?(?: of)? \w+)\b`,
      String.raw`\bbefore (?:my|the|our|his|her) (?:\w+ )?${EVENTS}\b`,
      String.raw`\b(?:my|the|our) ${EVENTS} (?:is |starts |leaves |departs )?(?:tomorrow|tonight|today|in (?:an|one|two|three|\d+) (?:hours?|days?)|this (?:morning|afternoon|evening|week))\b`,
      String.raw`\b(?:within|in) (?:the next )?(?:an?|one|two|three|\d+) (?:minutes?|hours?)\b|\bwithin (?:the next )?(?:a|one|two|three|\d+) days?\b`,
      String.raw`\b(?:deadline|due (?:today|tomorrow)|due date(?=[^.!?\n]{0,20}\b(?:today|tomorrow|tonight|passed)\b))\b`,
      // Something needed today ("I need that back today"): the day is the hurry. Not "no need to … today".
      String.raw`\b(?<!\b(?:no|not|don'?t|doesn'?t|won'?t) )(?:need|needs|needed) (?:[\w'-]+ ){0,4}?(?:today|tonight)\b`,
    ].join('|'),
    'gi',
  ),
  effects: { urgency: 3 },
});
