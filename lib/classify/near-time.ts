/**
 * Words for "soon" that the urgency cues bind to a customer's need (cues/urgency-deadline.ts).
 * A time on its own is not a hurry: "we open until 6pm" and "it was due on Monday" name times
 * too. What the support corpus marks urgent is a time that is still ahead and close (today,
 * tonight, in 20 minutes, on Saturday) tied to something the customer must do or attend.
 * Regex source strings, so each cue can bind them in its own shape.
 */
const NUMBER = String.raw`(?:\d{1,3}|an?|one|two|three|four|five|six|ten|twenty|thirty|forty|fifty|a few|half an?)`;

export const DAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day`;
export const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)|\d{1,2}:\d\d|noon|midday|midnight)`;
/** Today or the next few hours: close whatever the sentence says around it. */
/** Close whatever the sentence says around it, unless it is told as past (PAST_VERB). */
export const SOON = String.raw`(?:tonight|tomorrow|tmrw?|within the hour|${NUMBER} ?(?:mins?|minutes|hrs?|hours?) to go|(?:by )?(?:the )?end of (?:the )?day|(?:by )?(?:the )?end of today|eod)`;
/** Close, but as often a time something already happened ("sorted in 5 min", "arrived today"). */
export const WITHIN = String.raw`(?:today|this (?:morning|afternoon|evening)|(?:in|within) (?:the next )?${NUMBER} ?(?:mins?|minutes|hrs?|hours?)\b)`;
/** Close enough to be a hurry when something is due then: a day this week, a clock time, a few days. */
export const NEAR = String.raw`(?:${SOON}|${WITHIN}|(?:this |next |on |by |this coming )?${DAY}|(?:at |by )${CLOCK}|in ${NUMBER} days?|this (?:week|weekend)|the weekend)`;
/**
 * What a customer has to be at, pay or hand in on time. Travel words count as the event
 * itself ("I fly tonight", "the cruise departs tomorrow").
 */
export const EVENT = String.raw`(?:flights?|fly(?:ing)?|plane|land|call(?! back)|ceremony|graduation|completion|check[- ]?in|guests|train|ferry|cruise|connection|wedding|funeral|memorial(?: service)?|party|event|concert|exams?|interview|hearing|court|appointment|surgery|operation|meeting|presentation|conference|launch|campaign|deadline|payroll|rent|mortgage|direct debits?|tuition|new job|shift|trip|(?<!bank )holiday|boarding|visa|sale|inspection|keynote|tour|camp|school run)`;

/**
 * Not reported as said, promised or past in the same sentence: "you said within 24 hours",
 * "I was told a manager would phone by 5pm", "the website says 3 days". A lookbehind, placed
 * before a time cue's own words.
 */
// One character of the same clause: a comma, or "and", "but" or "so" before a new subject,
// starts the next one ("the shoes haven't arrived and the wedding is Saturday"; not "above and beyond").
const IN_CLAUSE = String.raw`(?:(?! (?:and|but|so) (?:the|my|our|i|i'?m|we|we'?re|it|it'?s|its|there|he|she|they|his|her|their)\b)[^.!?\n;,])`;

export const NOT_REPORTED = String.raw`(?<!\b(?:was|were|had|did|said|says|told|tells|promised|promise|supposed|meant|guaranteed|expected|quoted|claimed|should have|would have|last (?:week|month|year|night|time|\w+day)|ago|since|yesterday|already)\b${IN_CLAUSE}{0,50})`;

/**
 * A verb told in the past, in the same clause, before a time: "it arrived today", "sorted in
 * 5 min", "the driver went above and beyond tonight". Regular past forms end in -ed ("need"
 * and "needed" do not count: a need is still ahead).
 */
const PAST_VERB = String.raw`(?:(?!(?:need|needed|feed|speed|bed|red|booked|scheduled|supposed)\b)[a-z]{2,}ed|came|(?<!(?:'ve|\bhave|\bhas|'s) )got|went|was|were|had|did|sent|paid|made|took|found|gave|left|lost|put|rang|ran|spent|bought|brought|saw|met|felt|kept|heard|sat|slept|stood|flew|drove|woke|broke|been|grew|told|said)`;
// "haven't arrived" or "never came" is a state still open, not a time gone by; "I've got" is a
// state now ("I've got nothing to buy food with tonight").
export const NOT_PAST = String.raw`(?<!(?<!(?:n't|\bnot|\bnever|\bdidnt|\bhavent|\bhasnt) )\b${PAST_VERB}\b(?!')${IN_CLAUSE}{0,40})`;
