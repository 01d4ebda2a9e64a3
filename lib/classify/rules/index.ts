import { brokenPromise } from './broken-promise';
import { confusionCues } from './confusion-cues';
import { grief } from './grief';
import { negatedPraise } from './negated-praise';
import { plainQuestion } from './plain-question';
import { problemReport } from './problem-report';
import { reassuranceCalm } from './reassurance-calm';
import { reassuranceNoRush } from './reassurance-no-rush';
import { repeatedContact } from './repeated-contact';
import { repeatedTrouble } from './repeated-trouble';
import { sarcasm } from './sarcasm';
import { statedFrustration } from './stated-frustration';
import { supportComplaint } from './support-complaint';
import type { MoodRule } from './types';
import { urgencyBlocked } from './urgency-blocked';
import { urgencyDeadline } from './urgency-deadline';
import { urgencyMoney } from './urgency-money';
import { urgencyPlea } from './urgency-plea';

export type { MoodRule } from './types';

/** One rule per file; a rule's id is its file name (tests/classify/rules.test.ts checks). */
export const MOOD_RULES: readonly MoodRule[] = [
  sarcasm,
  repeatedContact,
  repeatedTrouble,
  supportComplaint,
  problemReport,
  brokenPromise,
  statedFrustration,
  negatedPraise,
  grief,
  confusionCues,
  plainQuestion,
  reassuranceCalm,
  reassuranceNoRush,
  urgencyPlea,
  urgencyDeadline,
  urgencyMoney,
  urgencyBlocked,
];
