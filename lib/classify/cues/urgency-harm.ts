import { defineCue } from '@/lib/classify/cues/cue';

/**
 * Urgency: harm under way that gets worse every minute: water or gas escaping, smoke, an
 * accident, an account being emptied or taken over, a medicine running out. Told as
 * happening (present or just now), not as last month's story. One is a hint.
 */
export default defineCue({
  id: 'urgency-harm',
  pattern: new RegExp(
    [
      String.raw`\b(?:water|sewage) (?:is )?(?:pouring|gushing|coming (?:out|in|through)|leaking|flooding|everywhere)\b|\bflooding (?:into|in|through)\b|^\W*pipe burst\b`,
      String.raw`\b(?<!\bno )(?:smell of gas|gas smell|smell gas|gas leak)\b(?![^.!?\n]{0,10}\?)|\b(?:is|that'?s|it'?s) smoking\b|\bon fire\b|\bsmoke (?:coming|pouring)\b`,
      String.raw`\b(?:car )?accident (?:just now|\d+ mins? ago|\d+ minutes ago)\b|\b(?:was|been) in an accident\b`,
      String.raw`\b(?:someone|somebody|they)(?:'s| has| have| just)* (?:taken|emptied|used my|changed my|logged in|hacked|spending|is spending|hijacked)\b|\b(?:i'?ve|we'?ve|i have|we have|has|'s) been (?:hacked|hijacked)\b`,
      String.raw`\b(?:fraud|scam(?:mer)?)\b(?=[^.!?\n]{0,40}\b(?:just|now|what do i do|gone|taken)\b)`,
      String.raw`\b(?:on|home) oxygen\b|\boxygen (?:concentrator|machine)\b|\binsulin\b|\b(?:meds|medicine|medication|prescription)\b[^.!?\n]{0,30}\b(?:ran out|run out|left|today|tonight)\b`,
      String.raw`\bstuck between floors\b|\balarm (?:is )?going off\b`,
    ].join('|'),
    'gi',
  ),
  effects: { urgency: 3 },
});
