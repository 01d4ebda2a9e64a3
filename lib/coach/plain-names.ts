import type { Finding } from '@/lib/engine/types';
import { t } from '@/lib/i18n';
import { RULE_CATEGORIES } from '@/lib/engine/rule-ids';

/**
 * What an agent reads instead of a rule id or an internal category (issue 14: "no rule id or
 * internal category name appears where an agent can see it"). A rule without its own words
 * (added later, not named yet) falls back to its category's plain name, never to its id.
 */
const keyPart = (id: string) => id.replace(/[^a-z0-9]/gi, '_');

function translated(key: string): string | undefined {
  const text = t(key);
  return text && text !== key ? text : undefined;
}

export function categoryName(category: string): string {
  return translated(`category_${keyPart(category)}`) ?? t('category_unnamed');
}

/** A rule's name in plain words ("Policy given as the reason"). */
export function ruleName(ruleId: string, category: string): string {
  return translated(`ruleName_${keyPart(ruleId)}`) ?? categoryName(category);
}

/**
 * The title of a card about this finding: what the agent's sentence does, in a few plain words
 * ("Blames them"). A rule without a title of its own takes its kind's, never the kind's bare name,
 * so the same problem reads the same whichever rule found it (QA 2026-12-07: "Blame" on one
 * draft, "Blames them" on the next).
 */
export function findingTitle(finding: Pick<Finding, 'ruleId' | 'messageId' | 'category'>): string {
  return (
    translated(`point_${keyPart(finding.ruleId)}_${keyPart(finding.messageId)}`) ??
    translated(`pointCategory_${keyPart(finding.category)}`) ??
    ruleName(finding.ruleId, finding.category)
  );
}

/**
 * Kinds of finding that say what a whole sentence does, whatever else sits in its words: a bare
 * "no" is a refusal with no way forward, and a regretful opener ("Unfortunately we can't X.")
 * does not make it another kind of sentence (walk 2026-12-07, item 3: "We can't X." and
 * "Unfortunately we can't X." were titled differently).
 */
const NAMES_THE_SENTENCE = new Set(['no-alternative']);

/** A card's title: the finding that names its sentence as a whole if there is one, else the lead's. */
export function cardTitle(card: { lead: Finding; findings: readonly Finding[] }): string {
  return findingTitle(card.findings.find((finding) => NAMES_THE_SENTENCE.has(finding.category)) ?? card.lead);
}

const CATEGORY_OF = new Map<string, string>(Object.entries(RULE_CATEGORIES));

/** A rule's plain name from its id alone (a muted rule, a stats row); an unknown id gets a neutral name. */
export function ruleNameById(ruleId: string): string {
  return ruleName(ruleId, CATEGORY_OF.get(ruleId) ?? 'other');
}
