import anyoneThere from '@/lib/classify/cues/anyone-there';
import brokenPromise from '@/lib/classify/cues/broken-promise';
import confusionCues from '@/lib/classify/cues/confusion-cues';
import type { MoodCue } from '@/lib/classify/cues/cue';
import flatDelay from '@/lib/classify/cues/flat-delay';
import grief from '@/lib/classify/cues/grief';
import hardship from '@/lib/classify/cues/hardship';
import loudComplaint from '@/lib/classify/cues/loud-complaint';
import lostItem from '@/lib/classify/cues/lost-item';
import lowSpirits from '@/lib/classify/cues/low-spirits';
import missingBagRefund from '@/lib/classify/cues/missing-bag-refund';
import negatedPraise from '@/lib/classify/cues/negated-praise';
import ownMistake from '@/lib/classify/cues/own-mistake';
import plainQuestion from '@/lib/classify/cues/plain-question';
import politeRequest from '@/lib/classify/cues/polite-request';
import problemReport from '@/lib/classify/cues/problem-report';
import requestSignOff from '@/lib/classify/cues/request-sign-off';
import reassuranceCalm from '@/lib/classify/cues/reassurance-calm';
import reassuranceNoRush from '@/lib/classify/cues/reassurance-no-rush';
import repeatedContact from '@/lib/classify/cues/repeated-contact';
import repeatedTrouble from '@/lib/classify/cues/repeated-trouble';
import sarcasm from '@/lib/classify/cues/sarcasm';
import sarcasticThanks from '@/lib/classify/cues/sarcastic-thanks';
import statedFrustration from '@/lib/classify/cues/stated-frustration';
import supportComplaint from '@/lib/classify/cues/support-complaint';
import urgencyBlocked from '@/lib/classify/cues/urgency-blocked';
import urgencyDeadline from '@/lib/classify/cues/urgency-deadline';
import urgencyDependant from '@/lib/classify/cues/urgency-dependant';
import urgencyFresh from '@/lib/classify/cues/urgency-fresh';
import urgencyHarm from '@/lib/classify/cues/urgency-harm';
import urgencyPlea from '@/lib/classify/cues/urgency-plea';
import urgencyStranded from '@/lib/classify/cues/urgency-stranded';
import waitingOnHold from '@/lib/classify/cues/waiting-on-hold';

export type { MoodCue } from '@/lib/classify/cues/cue';

/**
 * Every mood cue, in the order they are applied. The order is part of the behaviour: when
 * two cues match overlapping words, the first one listed claims them as a cue (apply-cues.ts
 * counts the same words once), so the more specific readings come first: sarcasm before
 * anything that reads the same words as praise or complaint, complaints before plain
 * questions, reassurance before urgency. tests/classify/cues/conventions.test.ts checks that
 * this list and the folder agree.
 */
export const MOOD_CUES: readonly MoodCue[] = [
  sarcasm,
  sarcasticThanks,
  repeatedContact,
  waitingOnHold,
  flatDelay,
  missingBagRefund,
  anyoneThere,
  repeatedTrouble,
  supportComplaint,
  problemReport,
  brokenPromise,
  statedFrustration,
  loudComplaint,
  negatedPraise,
  grief,
  hardship,
  lowSpirits,
  lostItem,
  confusionCues,
  plainQuestion,
  politeRequest,
  requestSignOff,
  reassuranceCalm,
  ownMistake,
  reassuranceNoRush,
  urgencyPlea,
  urgencyDeadline,
  urgencyBlocked,
  urgencyStranded,
  urgencyDependant,
  urgencyHarm,
  urgencyFresh,
];
