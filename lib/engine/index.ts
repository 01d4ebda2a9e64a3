import { classifyMood } from '../classify';
import type { Analysis, AnalyzeInput, Finding } from './types';

/**
 * PLACEHOLDER until the rule engine lands (issue 3): two phrase checks so the
 * foundation's sidebar reacts to a draft. Replaced wholesale by lib/rules.
 */
const PLACEHOLDER_RULES: Array<{ ruleId: string; category: Finding['category']; pattern: RegExp; why: string }> = [
  {
    ruleId: 'excuse-policy',
    category: 'excuse',
    pattern: /\b(unfortunately,? we (can't|cannot)|(it's|it is) (our|company) policy)\b/gi,
    why: 'Hiding behind policy tells the customer what you will not do.',
  },
  {
    ruleId: 'blame-you-should-have',
    category: 'blame',
    pattern: /\byou (should have|failed to)\b/gi,
    why: 'Pointing at the customer’s mistake makes them defend instead of listen.',
  },
];

export function analyze(input: AnalyzeInput): Analysis {
  const mood = classifyMood(input.customerMessages);
  const findings: Finding[] = [];
  for (const rule of PLACEHOLDER_RULES) {
    if (input.settings.mutedRules.includes(rule.ruleId)) continue;
    for (const match of input.draft.matchAll(rule.pattern)) {
      findings.push({
        ruleId: rule.ruleId,
        category: rule.category,
        kind: 'problem',
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        why: rule.why,
        alternatives: ['Say what you can do for them, and by when.'],
      });
    }
  }
  return { mood, findings, checklist: [] };
}
