import type { Finding } from '@/lib/engine/types';
import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { blame } from '@/lib/coach/rewrites/blame';
import { blameElsewhere } from '@/lib/coach/rewrites/blame-elsewhere';
import { busy } from '@/lib/coach/rewrites/busy';
import { calledEasy } from '@/lib/coach/rewrites/called-easy';
import { commanding } from '@/lib/coach/rewrites/commanding';
import { belittle, repeat, scold } from '@/lib/coach/rewrites/condescension';
import { deflection } from '@/lib/coach/rewrites/deflection';
import { impliedBlame } from '@/lib/coach/rewrites/implied-blame';
import { policy } from '@/lib/coach/rewrites/policy';
import { bareNo, helpless, regret } from '@/lib/coach/rewrites/refusal';
import { someoneElse } from '@/lib/coach/rewrites/someone-else';
import { system } from '@/lib/coach/rewrites/system';
import { talkDown } from '@/lib/coach/rewrites/talk-down';
import { uncertainty } from '@/lib/coach/rewrites/uncertainty';
import { noEta, vaguePromise } from '@/lib/coach/rewrites/no-time';

/**
 * Which builder rewrites which finding, keyed `ruleId/messageId` (`ruleId/*` for every message
 * of a rule). Every problem rule is either here or in ADVICE_ONLY with its reason;
 * tests/coach/rewrites/conventions.test.ts fails for a rule that is in neither, so a rule added
 * later gets a decision, not silence.
 */
export const REWRITE_BUILDERS: Readonly<Record<string, RewriteBuilder>> = {
  'blame-customer/blame': blame,
  'blame-implied/elsewhere': blameElsewhere,
  'blame-implied/implied': impliedBlame,
  'commanding/order': commanding,
  'condescension/belittle': belittle,
  'condescension/repeat': repeat,
  'condescension/scold': scold,
  'condescension-simply/*': calledEasy,
  'condescension-told-you/talk-down': talkDown,
  'excuse-busy/busy': busy,
  'excuse-deflection/deflection': deflection,
  'excuse-helpless/helpless': helpless,
  'excuse-policy/policy': policy,
  'excuse-someone-else/someone-else': someoneElse,
  'excuse-system/system': system,
  'excuse-unfortunately/regret': regret,
  'no-alternative/bare-no': bareNo,
  'uncertainty/unknown': uncertainty,
  'uncertainty-no-eta/no-eta': noEta,
  'uncertainty-vague-promise/vague': vaguePromise,
};

/** Rules whose cards keep their advice and offer no wording, and why. */
export const ADVICE_ONLY: Readonly<Record<string, string>> = {
  'jargon/*':
    'Only the agent knows the plain words for an internal term; a guessed replacement could change what the sentence says.',
  'excuse-deflection/fault':
    'Denying fault ("not our fault the courier…") has no safe rewording of its own: the sentence should go, and the advice says what to put in its place.',
  ...Object.fromEntries(
    [
      'learned-blame',
      'learned-commanding',
      'learned-condescension',
      'learned-excuse',
      'learned-jargon',
      'learned-no-alternative',
      'learned-uncertainty',
    ].map((id) => [
      `${id}/learned`,
      'The learned second opinion flags a whole sentence without naming the words that make it a problem, so there is nothing precise to reword; its card keeps the advice.',
    ]),
  ),
};

export function builderFor(finding: Pick<Finding, 'ruleId' | 'messageId'>): RewriteBuilder | undefined {
  return REWRITE_BUILDERS[`${finding.ruleId}/${finding.messageId}`] ?? REWRITE_BUILDERS[`${finding.ruleId}/*`];
}
