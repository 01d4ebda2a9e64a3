import type { Rule } from '../engine/rule';
import acknowledgement from './acknowledgement';
import blameCustomer from './blame-customer';
import commanding from './commanding';
import condescension from './condescension';
import condescensionSimply from './condescension-simply';
import excuseBusy from './excuse-busy';
import excuseDeflection from './excuse-deflection';
import excuseHelpless from './excuse-helpless';
import excusePolicy from './excuse-policy';
import excuseSystem from './excuse-system';
import excuseUnfortunately from './excuse-unfortunately';
import jargon from './jargon';
import nextStep from './next-step';
import noAlternative from './no-alternative';
import ownership from './ownership';
import thanks from './thanks';
import uncertainty from './uncertainty';

/** Explicit registry, sorted by id; tests/rules/conventions.test.ts keeps it in step with the folder. */
export const RULES: readonly Rule[] = [
  acknowledgement,
  blameCustomer,
  commanding,
  condescension,
  condescensionSimply,
  excuseBusy,
  excuseDeflection,
  excuseHelpless,
  excusePolicy,
  excuseSystem,
  excuseUnfortunately,
  jargon,
  nextStep,
  noAlternative,
  ownership,
  thanks,
  uncertainty,
];
