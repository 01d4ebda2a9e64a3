import { defineCue } from '@/lib/classify/cues/cue';

// Where a customer can be held up in person, waiting on the company to act.
const PLACE = String.raw`(?:gate|desk|reception|airport|station|counter|pharmacy|garage|arrivals|departures|till|checkout|petrol station|hospital|border|terminal|hotel|rental desk|check-?in)`;

// Late night or small hours, not an afternoon ("it's now 4pm" is a wait complained about).
const NIGHT = String.raw`(?:midnight|1[01](?:[:.]\d\d)? ?pm\b|[1-4](?:[:.]\d\d)? ?am\b)`;

/**
 * Urgency: the customer is stuck somewhere right now and cannot go on without help: "I'm
 * stranded at the station", "standing at reception with nowhere to stay", "at the gate,
 * boarding in 15", "broken down on the hard shoulder", "locked myself out of the car". The
 * hurry is the person waiting, whatever the clock says; or the clock says it is the middle of the
 * night where they are ("it's 1am here", "now it's midnight"). One is a hint.
 */
export default defineCue({
  id: 'urgency-stranded',
  pattern: new RegExp(
    [
      String.raw`\b(?:i'?m|we'?re|i am|we are|she'?s|he'?s|they'?re|(?:my|our) (?:son|daughter|kid|child|children|mum|mom|dad|wife|husband|partner|family|mother|father|grandad|gran|nan|friend)s? (?:is|are)) (?:now |still |currently )?(?:stuck|stranded|trapped)\b`,
      String.raw`\b(?:stuck|stranded) (?:at|in|outside|on) (?:the |a )?(?:${PLACE}|\w+ (?:airport|station))\b`,
      String.raw`\bstranded\b`,
      String.raw`\bnowhere to (?:stay|sleep|go)\b|\bwe'?ve got nowhere\b`,
      String.raw`\b(?:i'?m|we'?re|i am|we are) (?:now |still |currently |standing |sitting |waiting )?at (?:the |a )?${PLACE}\b(?!'|[^.!?\n]{0,20}\b(?:yesterday|last)\b)`,
      String.raw`\b(?:queue|line) behind me\b`,
      String.raw`\b(?:hard shoulder|broken down on the (?:motorway|highway|road))\b`,
      String.raw`\blocked (?:myself|ourselves|us) out\b`,
      // The middle of the night where they are: whatever is wrong has to be sorted before they can sleep.
      String.raw`\b(?:it'?s|it is) (?:now |already )?${NIGHT}(?= here| now| and|[^.!?\n]{0,3}$)|\bnow it'?s ${NIGHT}`,
    ].join('|'),
    'gi',
  ),
  effects: { urgency: 3 },
});
