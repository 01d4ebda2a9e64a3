import { defineCue } from '@/lib/classify/cues/cue';

// Two or more letters in capitals ("IS", "MY", "NOW"), apostrophes allowed ("DON'T").
const LOUD = String.raw`[A-Z][A-Z'’]+`;
// Loud words of joy or thanks: "THANK YOU SO MUCH!!" and "LOVE IT!!" are not complaints.
const GLAD = String.raw`THANKS?|THX|LOVE|LOVED|LOVING|AMAZING|AWESOME|GREAT|BEST|WOW|YAY|YES|HAPPY|CONGRATS?|CONGRATULATIONS|WELCOME|PERFECT|BRILLIANT|EXCELLENT|CHEERS|FINALLY|FREE|SALE|NEW|LOL|OMG|HAHA+|NAME`;

// Words of a support complaint: on Reddit, capitals are mostly play ("ROLL THE DICE"), so a run must hold one.
const GRIEVANCE = String.raw`STILL|NOT|NO|NEVER|NOBODY|ANYONE|WHERE|WHY|REFUND|ORDER|HELP|WAITING|WAITED|FIX|FIXED|MONEY|DON'T|CAN'T|WON'T|DIDN'T|HOURS|DAYS|WEEKS|CANCEL|CANCELLED|CHARGED|UNACCEPTABLE|RIDICULOUS|AGAIN`;
// A run starts where capitals start (not inside a longer run), may open with "I", holds no glad word and a grievance.
// The look-aheads read at most 80 characters: unbounded, a long run of spaces or capitals made
// every start position rescan the rest of it (quadratic; tests/regex/regex-growth.test.ts).
const AHEAD = String.raw`[A-Z'’ ]{0,80}`;
const START = String.raw`(?<![A-Z'’] ?)(?:I )?(?!${AHEAD}\b(?:${GLAD})\b)(?=${AHEAD}\b(?:${GRIEVANCE})\b)`;

/**
 * Capitals and "!!" with no swearing ("WHERE IS MY REFUND!!", "I NEED THIS FIXED TODAY"):
 * shouting is how many customers complain (issue 15). It takes three shouted words in a
 * row, or two followed by "!!"/"?!", one of them a grievance word; a run with a glad word
 * in it is excitement, not anger.
 */
export default defineCue({
  id: 'loud-complaint',
  pattern: new RegExp(
    String.raw`${START}${LOUD}(?: ${LOUD}){2,}\b|${START}${LOUD} ${LOUD}\b[^a-z\n]{0,2}?(?:!{2,}|\?!|!\?)`,
    'g',
  ),
  // A push, not a floor: a floor plus the capitals themselves would count as two cues and make
  // every shouted line "confident" (score-message.ts), and on Reddit three in four are not angry.
  // 1, since score-message.ts adds its shouting boost (1.2) to any signal a cue raised: at 2.5
  // shouted Reddit lines crowded the top of the frustration ranking and the out-of-fold
  // confident point found no threshold with precision .80 (train-config.ts).
  effects: { frustration: 1 },
});
