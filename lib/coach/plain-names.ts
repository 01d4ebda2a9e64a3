import type { Finding } from '@/lib/engine/types';
import { t } from '@/lib/i18n';
import { RULE_CATEGORIES } from '@/lib/engine/rule-ids';
import type { PromptCard } from '@/lib/coach/view';

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
 * A card's title: its naming finding (lib/coach/card-name.ts), the same whichever of the
 * sentence's findings is shown yet or led the merge; a card built without one (an old view) by its lead.
 */
export function cardTitle(card: { lead: Finding; named?: Finding }): string {
  return findingTitle(card.named ?? card.lead);
}

const CATEGORY_OF = new Map<string, string>(Object.entries(RULE_CATEGORIES));

/** A rule's plain name from its id alone (a muted rule, a stats row); an unknown id gets a neutral name. */
export function ruleNameById(ruleId: string): string {
  return ruleName(ruleId, CATEGORY_OF.get(ruleId) ?? 'other');
}

/**
 * A prompt card's title says what it asks of the reply at this moment ("A clear next step"), not
 * the name of the set it came from (QA qa7: a confused customer's empty reply got "Solutions, not
 * excuses" before a word was typed). A point with no title of its own keeps the set's category.
 */
export function promptTitle({ point, prompt }: Pick<PromptCard, 'point' | 'prompt'>): string {
  const about = 'check' in point ? point.check : 'moment' in point ? point.moment : undefined;
  return (
    (about && translated(`promptPoint_${keyPart(about)}`)) ||
    t(`promptCategory_${keyPart(prompt.selected.prompt.category)}`)
  );
}
