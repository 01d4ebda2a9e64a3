import type { Rule } from '@/lib/engine/rule';
import acknowledgement from '@/lib/rules/acknowledgement';
import blameCustomer from '@/lib/rules/blame-customer';
import blameImplied from '@/lib/rules/blame-implied';
import commanding from '@/lib/rules/commanding';
import condescension from '@/lib/rules/condescension';
import condescensionSimply from '@/lib/rules/condescension-simply';
import condescensionToldYou from '@/lib/rules/condescension-told-you';
import excuseBusy from '@/lib/rules/excuse-busy';
import excuseDeflection from '@/lib/rules/excuse-deflection';
import excuseHelpless from '@/lib/rules/excuse-helpless';
import excusePolicy from '@/lib/rules/excuse-policy';
import excuseSomeoneElse from '@/lib/rules/excuse-someone-else';
import excuseSystem from '@/lib/rules/excuse-system';
import excuseUnfortunately from '@/lib/rules/excuse-unfortunately';
import jargon from '@/lib/rules/jargon';
import learnedBlame from '@/lib/rules/learned-blame';
import learnedCommanding from '@/lib/rules/learned-commanding';
import learnedCondescension from '@/lib/rules/learned-condescension';
import learnedExcuse from '@/lib/rules/learned-excuse';
import learnedJargon from '@/lib/rules/learned-jargon';
import learnedNoAlternative from '@/lib/rules/learned-no-alternative';
import learnedUncertainty from '@/lib/rules/learned-uncertainty';
import nextStep from '@/lib/rules/next-step';
import noAlternative from '@/lib/rules/no-alternative';
import ownership from '@/lib/rules/ownership';
import thanks from '@/lib/rules/thanks';
import uncertainty from '@/lib/rules/uncertainty';
import uncertaintyNoEta from '@/lib/rules/uncertainty-no-eta';
import uncertaintyVaguePromise from '@/lib/rules/uncertainty-vague-promise';

/** Explicit registry, sorted by id; tests/rules/conventions.test.ts keeps it in step with the folder. */
export const RULES: readonly Rule[] = [
  acknowledgement,
  blameCustomer,
  blameImplied,
  commanding,
  condescension,
  condescensionSimply,
  condescensionToldYou,
  excuseBusy,
  excuseDeflection,
  excuseHelpless,
  excusePolicy,
  excuseSomeoneElse,
  excuseSystem,
  excuseUnfortunately,
  jargon,
  learnedBlame,
  learnedCommanding,
  learnedCondescension,
  learnedExcuse,
  learnedJargon,
  learnedNoAlternative,
  learnedUncertainty,
  nextStep,
  noAlternative,
  ownership,
  thanks,
  uncertainty,
  uncertaintyNoEta,
  uncertaintyVaguePromise,
];
