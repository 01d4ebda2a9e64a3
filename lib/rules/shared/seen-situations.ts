/**
 * The agent saying they see what the customer went through: the wait, the chasing, the effort
 * (walk 2026-12-07 #2, item 2: "Hi, I understand how long you've waited." did not count, and the
 * empathy nudge kept asking for acknowledgement). The shape is first person + a verb of
 * understanding, seeing or knowing + the customer's situation; or the situation named as too
 * much on its own ("that's a lot of back and forth", "this has taken far too long").
 *
 * Near misses stay out on purpose: a bare "I understand." names nothing of theirs (after a
 * refusal it reads as closing the subject), "I understand you want a refund, but…" restates
 * the request before a "no", and "I know how long the refund takes" explains a process. So
 * every phrase needs their wait, trouble or effort, never just "I understand" + anything.
 */
const I_SEE =
  'I (?:completely |totally |really |fully |truly |absolutely |do |can |can really |can certainly |can only )?(?:understand|know|see|appreciate|realise|realize|recognise|recognize|imagine|hear)(?: that)?';
const YOU_HAVE = "you(?:'ve| have|'d| had)?";
const TOO_LONG = '(?:far |way |much |so |a lot |a bit )?(?:too long|longer than it should have|so long|ages|forever)';
const TAKEN = "(?:has|have|had|'s) (?:taken|dragged on|gone on|been going on)";
const TROUBLE =
  '(?:back and forth|back-and-forth|chasing|running around|hassle|trouble|effort|time|emails|messages|calls|times)';

export const SEEN_SITUATIONS: readonly string[] = [
  // "I know how long you've waited", "I understand how long you have been waiting".
  `${I_SEE} how long ${YOU_HAVE} (?:been |had to )?(?:wait|waited|waiting|without)\\b`,
  // "I can see how long this has dragged on", "I know how long it's taken".
  `${I_SEE} how long (?:this|it|that|the \\w+|your \\w+) ${TAKEN}\\b`,
  // "I know how many times you've had to write in", "I see how much back and forth this has been".
  `${I_SEE} how (?:much|many) (?:\\w+ )?${TROUBLE} (?:${YOU_HAVE}|this (?:has|is|was)|it(?:'s| has)|that(?:'s| has))\\b`,
  "I (?:really |truly )?(?:appreciate|know|see|can see) how (?:patient|hard) you(?:'ve| have|'re| are)? (?:been|tried|worked)\\b",
  // "I can see this has taken far too long".
  `${I_SEE} (?:this|it|that|the \\w+|your \\w+) ${TAKEN} ${TOO_LONG}`,
  // "I know you've waited two weeks", "I see you've had to chase us".
  `${I_SEE} ${YOU_HAVE} (?:now )?(?:been waiting|waited|had to (?:wait|chase|write|ask|explain|call|repeat|contact)|been (?:chasing|going back and forth))\\b`,
  // "This has taken far too long", said by the agent of their case.
  `${TAKEN} ${TOO_LONG}`,
  // "That's a lot of back and forth", "it's been so much chasing".
  `(?:that's|that is|that's been|that has been|it's been|it has been|this has been) (?:a lot of|so much|far too much|too much|quite a bit of|a fair bit of) (?:back and forth|back-and-forth|chasing|running around|hassle|hoops to jump through)\\b`,
];

/** Every phrase above contains one of these words. */
export const SEEN_SITUATION_ANCHORS =
  'understand know see appreciate realise realize recognise recognize imagine hear long taken dragged gone going back chasing running hassle hoops';
