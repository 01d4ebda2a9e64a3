import { defineCue } from '@/lib/classify/cues/cue';

/**
 * A promise or expectation that was not kept: "I was told someone would call. Nobody did",
 * "I paid for express shipping and it took ten days", "cancelled without any explanation".
 * Being let down is the commonest root of support frustration.
 */
export default defineCue({
  id: 'broken-promise',
  pattern: new RegExp(
    [
      String.raw`\b(?:was|were|been) (?:told|promised|assured|guaranteed)(?: that)? (?:it|i|you|someone|somebody|my|the|they|we|a|an)\b[^.!?\n]{0,40}\b(?:would|will|'d|within|by)\b|\b(?:was|were|been) promised\b`,
      String.raw`\b(?:you|they|he|she) (?:promised|said (?:it|you|they) would|assured me)\b`,
      String.raw`\b(?:was|were|is|are) supposed to (?:arrive|be delivered|be here|ship|be shipped|be fixed|be refunded|be ready|be back|get|receive|call|work|be sorted|be resolved)\b`,
      String.raw`\beven though (?:i|we) (?:had |have )?(?:cancel+ed|returned|paid|asked|confirmed|unsubscribed)\b`,
      String.raw`\b(?:nobody|no one|never) (?:did|came|called|showed up|turned up)\b|\bnever (?:showed|turned) up\b|\bhung up on\b|\bcall (?:dropped|was cut off)\b`,
      String.raw`\bwithout (?:any )?(?:explanation|warning|notice|reason|telling me|asking me|my (?:consent|permission))\b`,
      String.raw`\b(?:on hold|waited|waiting|queue) (?:for )?(?:over |more than |almost )?(?:an hour|hours|\d+ minutes|forty|thirty)\b`,
      String.raw`\b(?:it|that)(?: has|'s) been (?:a|one|two|three|four|\d+|over a|more than a) (?:weeks?|months?)\b|\btook (?:\d+|two|three|four|five|six|seven|eight|nine|ten|over a) (?:days|weeks|months|week|month)\b`,
      String.raw`\b(?:trying|tried) to (?:reach|contact|get hold of|get through to|speak to) (?:someone|anyone|you|a human|a person|support)\b`,
      String.raw`\b(?<!\b(?:be|get|gets|being|getting) )(?:billed|charged) (?:me )?(?:for|even though|after)\b|\b(?:took|taken|charged) my money\b`,
      String.raw`\bin circles\b|\b(?:heard|got) nothing\b(?! else\b)`,
    ].join('|'),
    'gi',
  ),
  floors: { frustration: 0.6 },
});
