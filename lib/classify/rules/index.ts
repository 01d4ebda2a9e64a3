import { confusionCues } from './confusion';
import { grief } from './grief';
import { negatedPraise } from './negated-praise';
import { reassuranceCalm, reassuranceNoRush } from './reassurance';
import { repeatedContact, repeatedTrouble } from './repeated-contact';
import { sarcasm } from './sarcasm';
import { supportComplaint } from './support-complaint';
import type { MoodRule } from './types';
import { urgencyBlocked, urgencyDeadline, urgencyMoney, urgencyPlea } from './urgency';

export type { MoodRule } from './types';

export const MOOD_RULES: readonly MoodRule[] = [
  sarcasm,
  repeatedContact,
  repeatedTrouble,
  supportComplaint,
  negatedPraise,
  grief,
  confusionCues,
  reassuranceCalm,
  reassuranceNoRush,
  urgencyPlea,
  urgencyDeadline,
  urgencyMoney,
  urgencyBlocked,
];
