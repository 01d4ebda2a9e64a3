import { brokenPromise } from '@/lib/classify/rules/broken-promise';
import { confusionCues } from '@/lib/classify/rules/confusion-cues';
import { grief } from '@/lib/classify/rules/grief';
import { negatedPraise } from '@/lib/classify/rules/negated-praise';
import { plainQuestion } from '@/lib/classify/rules/plain-question';
import { problemReport } from '@/lib/classify/rules/problem-report';
import { reassuranceCalm } from '@/lib/classify/rules/reassurance-calm';
import { reassuranceNoRush } from '@/lib/classify/rules/reassurance-no-rush';
import { repeatedContact } from '@/lib/classify/rules/repeated-contact';
import { repeatedTrouble } from '@/lib/classify/rules/repeated-trouble';
import { sarcasm } from '@/lib/classify/rules/sarcasm';
import { statedFrustration } from '@/lib/classify/rules/stated-frustration';
import { supportComplaint } from '@/lib/classify/rules/support-complaint';
import type { MoodRule } from '@/lib/classify/rules/types';
import { urgencyBlocked } from '@/lib/classify/rules/urgency-blocked';
import { urgencyDeadline } from '@/lib/classify/rules/urgency-deadline';
import { urgencyMoney } from '@/lib/classify/rules/urgency-money';
import { urgencyPlea } from '@/lib/classify/rules/urgency-plea';

export type { MoodRule } from '@/lib/classify/rules/types';

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
