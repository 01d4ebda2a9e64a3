import { defineCue } from '@/lib/classify/cues/cue';

/**
 * Negated trouble words are reassurance ("no problem", "don't worry", "all fine now"): they
 * lower frustration and sadness and are never shown as evidence (effects are negative).
 */
export default defineCue({
  id: 'reassurance-calm',
  pattern:
    /\b(?:no|not a|not any) (?:problem|worries|worry|issue|big deal|trouble|stress)s?\b|\bdon'?t worry\b|\b(?:all|it'?s|that'?s) (?:good|fine|ok|okay) now\b|\b(?<!\bnot |n'?t |\b(?:said|says|claimed|claims|supposedly|supposed to be|should be)\b[^.!?\n]{0,12})(?:sorted|solved|fixed|resolved|working) now\b(?!\s*\?)/gi,
  effects: { frustration: -2.5, sadness: -1.5 },
});
