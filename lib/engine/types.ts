/**
 * Shared vocabulary of the coaching engine. Everything here is plain data so the
 * engine, the coach and the sidebar can be tested in Node without a DOM or clock.
 * Offsets are UTF-16 code units (what String#slice uses), end exclusive.
 */

export interface Span {
  start: number;
  end: number;
}

export const MOOD_SIGNALS = ['frustration', 'confusion', 'urgency', 'sadness', 'gratitude'] as const;
export type MoodSignalId = (typeof MOOD_SIGNALS)[number];

/** `hint` is the soft operating point (a gentle mood label); `confident` is the high-precision one that may drive nudges. */
export type SignalLevel = 'none' | 'hint' | 'confident';

export interface Evidence extends Span {
  /** Index into the customerMessages array the span belongs to. */
  messageIndex: number;
  text: string;
}

export interface SignalResult {
  id: MoodSignalId;
  /** Calibrated 0..1 score of the latest message blended with recent ones. */
  score: number;
  level: SignalLevel;
  evidence: Evidence[];
}

export type MoodTrend = 'rising' | 'steady' | 'easing';

export interface Mood {
  signals: Record<MoodSignalId, SignalResult>;
  /** True when frustration or sadness is at least a hint in the recent messages. */
  upset: boolean;
  trend: MoodTrend;
}

export const PROBLEM_CATEGORIES = [
  'excuse',
  'no-alternative',
  'blame',
  'condescension',
  'commanding',
  'uncertainty',
  'jargon',
] as const;
export const GOOD_CATEGORIES = ['ownership', 'acknowledgement', 'next-step', 'thanks'] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];
export type GoodCategory = (typeof GOOD_CATEGORIES)[number];
export type RuleCategory = ProblemCategory | GoodCategory;

export interface Finding extends Span {
  ruleId: string;
  /** Which of the rule's messages this is (a rule can say different things: "repeat", "scold"). */
  messageId: string;
  category: RuleCategory;
  kind: 'problem' | 'good';
  /** The flagged text, equal to draft.slice(start, end). */
  text: string;
  /** One line saying why this matters to the customer. */
  why: string;
  /** Can-do directions (never canned lines): what the agent could write instead. */
  alternatives: string[];
  /**
   * Set when the finding judges the whole reply ("nothing here offers a way forward", a learned
   * opinion of the whole draft) rather than its own sentence: the coach holds it until the reply
   * looks finished, since the next sentence typed may be the very offer it misses.
   */
  wholeReply?: true;
}

export type ChecklistItemId = 'feelings' | 'can-do' | 'no-has-alternative' | 'next-step';
export interface ChecklistItem {
  id: ChecklistItemId;
  status: 'done' | 'missing' | 'not-needed';
  /** The draft's words that earned a tick (issue 14: "each tick can show the words that earned it"). */
  evidence?: Quote;
}

/** Words quoted from the draft, with where they sit in it. */
export interface Quote extends Span {
  text: string;
}

export type Sensitivity = 'low' | 'medium' | 'high';

export interface EngineSettings {
  mutedRules: string[];
  sensitivity: Sensitivity;
  customJargon: string[];
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  mutedRules: [],
  sensitivity: 'medium',
  customJargon: [],
};

export interface AnalyzeInput {
  /** Oldest first; the last one is the latest customer message. */
  customerMessages: string[];
  draft: string;
  locale: string;
  settings: EngineSettings;
}

export interface Analysis {
  mood: Mood;
  findings: Finding[];
  checklist: ChecklistItem[];
}
