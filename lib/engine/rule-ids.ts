import type { RuleCategory } from '@/lib/engine/types';

/**
 * The rule registry's ids and categories alone, in its order (lib/rules/index.ts). Pages and the
 * background validate and name saved ids (packs' `rule:` triggers, an organisation's muted rules,
 * the journal's nudge counts) without running a rule; importing the registry for its ids put the
 * whole engine, with its phrase tables and learned weights, into the background worker and the
 * journal page. tests/engine/rule-ids.test.ts keeps this table equal to the registry.
 */
export const RULE_CATEGORIES: Readonly<Record<string, RuleCategory>> = {
  acknowledgement: 'acknowledgement',
  'blame-customer': 'blame',
  'blame-implied': 'blame',
  commanding: 'commanding',
  condescension: 'condescension',
  'condescension-simply': 'condescension',
  'condescension-told-you': 'condescension',
  'excuse-busy': 'excuse',
  'excuse-deflection': 'excuse',
  'excuse-helpless': 'excuse',
  'excuse-policy': 'excuse',
  'excuse-someone-else': 'excuse',
  'excuse-system': 'excuse',
  'excuse-unfortunately': 'excuse',
  jargon: 'jargon',
  'learned-blame': 'blame',
  'learned-commanding': 'commanding',
  'learned-condescension': 'condescension',
  'learned-excuse': 'excuse',
  'learned-jargon': 'jargon',
  'learned-no-alternative': 'no-alternative',
  'learned-uncertainty': 'uncertainty',
  'next-step': 'next-step',
  'no-alternative': 'no-alternative',
  ownership: 'ownership',
  thanks: 'thanks',
  uncertainty: 'uncertainty',
  'uncertainty-no-eta': 'uncertainty',
  'uncertainty-vague-promise': 'uncertainty',
};

export const RULE_IDS: readonly string[] = Object.keys(RULE_CATEGORIES);
