import { defineCue } from '@/lib/classify/cues/cue';

/**
 * The customer blames themselves ("I ordered the wrong size by mistake", "my mistake",
 * "I typed the address wrong"): words like "wrong" and "mistake" then describe a calm request
 * to fix it, not disappointment in the company (negative effects only, never evidence).
 */
export default defineCue({
  id: 'own-mistake',
  pattern: new RegExp(
    [
      String.raw`\b(?:i|we) (?:accidentally |mistakenly )?(?:ordered|bought|picked|chose|selected|typed|entered|sent|booked|clicked|paid)\b[^.!?\n]{0,40}?\b(?:by mistake|by accident|accidentally)\b`,
      String.raw`\b(?:i|we) (?:accidentally|mistakenly) \w+`,
      String.raw`\b(?:my|our) (?:own )?(?:mistake|bad|fault|error)\b`,
    ].join('|'),
    'gi',
  ),
  effects: { sadness: -1.5, frustration: -1 },
});
