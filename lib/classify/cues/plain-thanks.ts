import { defineCue } from '@/lib/classify/cues/cue';

// Adverbs that can sit between "I" and "appreciate" or before "appreciated" without turning it into a request.
const WARMLY = String.raw`(?:really|truly|do|so|very much|greatly|sincerely|genuinely|honestly|definitely|totally|just|all|also|still|always|absolutely|deeply|hugely|massively|much|most|super|very)`;
// Thanks in shorthand: chat and social posts say "thx" and "tyvm" more often than "thank you".
const SHORTHAND = String.raw`thx|thnx|thanx|thnks|thks|tnx|ty|tyvm|tysm|tyty|thankyou|thanku|thank u|thank ya`;
// What turns thanks or "appreciate" into something else: a request ("in advance", "if you could").
const NOT_YET_DONE = String.raw`(?![^.!?\n]{0,30}\bif\b)`;

/**
 * Thanks said to someone, in the words a short message uses: shorthand ("thx!", "tyvm for
 * this"), "appreciate" in the present ("I really appreciate the advice", "appreciate it",
 * "much appreciated"), thanks for something done ("thank you so much for sorting it"), and
 * "you're welcome". The model's own word weights are spread over every word of a message
 * (rows are length-normalised), so in a long message the thanks drowns; a learned cue column
 * pushes the same however long the message is (scripts/train-config.ts, sixth pass).
 * Left alone: requests ("I'd appreciate it if you could…", "would be appreciated", "thanks in
 * advance": the support corpus labels them calm, not grateful), refusals ("no thanks"),
 * "thanks to the delay…" (a cause, not thanks), and the sarcasm cues' "thanks for nothing".
 */
export default defineCue({
  id: 'plain-thanks',
  pattern: new RegExp(
    [
      String.raw`(?<!\bno,? |n'?t )\b(?:${SHORTHAND})\b(?! (?:in advance|for nothing)\b)`,
      String.raw`(?<!\bno,? |n'?t )\b(?:thanks|thank you|many thanks)(?: (?:so|very) much| a (?:lot|ton|million|bunch)| again| heaps| loads)?(?: for (?!nothing\b|(?:being|wasting|ruining|losing|ignoring)\b)| so much\b| a (?:ton|million|bunch)\b)`,
      String.raw`\b(?:i|we)(?: ${WARMLY})* appreciate(?! (?:it|that|this)?\s*(?:if|when)\b)\b${NOT_YET_DONE}`,
      String.raw`(?:^|[.!?,;:\n]\s*)(?:${WARMLY} )?appreciate (?:it|that|this|you|ya|u|the|your|all|everything)\b${NOT_YET_DONE}`,
      String.raw`(?<!\bbe(?: ${WARMLY})? )\b${WARMLY} appreciated\b${NOT_YET_DONE}`,
      String.raw`(?:^|[.!?]\s*)appreciated\b(?!\s+if\b)`,
      String.raw`\b(?:you'?re|your|you are|ur)(?: (?:very|so|most|always|more than))? welcome\b(?! (?:to|back|here|in|at|home|aboard)\b)`,
    ].join('|'),
    'gi',
  ),
});
