import type { MoodRule } from './types';

/**
 * Negated trouble words are reassurance: "no problem", "no rush", "not urgent". They
 * lower the signal they mention and are never shown as evidence (effects are negative).
 */
export const reassuranceCalm: MoodRule = {
  id: 'reassurance-calm',
  pattern:
    /\b(?:no|not a|not any) (?:problem|worries|worry|issue|big deal|trouble|stress)s?\b|\bdon'?t worry\b|\b(?:all|it'?s|that'?s) (?:good|fine|ok|okay) now\b|\b(?:sorted|solved|fixed|resolved|working) now\b/gi,
  effects: { frustration: -2.5, sadness: -1.5 },
};

export const reassuranceNoRush: MoodRule = {
  id: 'reassurance-no-rush',
  pattern:
    /\b(?:no|not in a|not in any) (?:rush|hurry|pressure)\b|\bnot (?:urgent|time[- ]sensitive|a priority)\b|\bwhenever (?:you (?:can|get a chance|have time)|convenient)\b|\btake your time\b/gi,
  effects: { urgency: -6 },
};
