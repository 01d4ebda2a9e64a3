/**
 * The register gate: "is this a message to a company, or casual talk among people?". The
 * support-tuned mood weights learned what a customer's words mean at a help desk; on casual
 * Reddit talk the same words mean something else (train-config.ts, issue 15), so a message the
 * gate reads as casual talk is scored by a second set of weights tuned on GoEmotions
 * (score-message.ts). A tiny logistic model over hashed words and a handful of cues, trained by
 * scripts/train-register-gate.ts on the support corpus against GoEmotions train text.
 */
import { fnv1a } from '@/lib/classify/features';
import type { Token } from '@/lib/classify/tokenize';

export interface RegisterGate {
  /** Buckets for the hashed words (a power of two); the cue features follow them. */
  buckets: number;
  bias: number;
  scale: number;
  /** One level per feature (words, then GATE_CUES): weight = level * scale; positive leans casual. */
  levels: readonly number[];
  /** Logit at or above which a message reads as casual talk (chosen so few support messages cross it). */
  threshold: number;
}

const WORD_SEED = fnv1a('g');
const FIRST_SEED = fnv1a('g^');
const DIGITS = /\d/;
const LONG_NUMBER = /\d{4,}/;

/**
 * Cues a word list cannot see: order and ticket numbers, a greeting or sign-off's shape, a
 * handle or address, and length (support messages run longer than most comments).
 */
const GATE_CUES: ReadonlyArray<(text: string, words: number) => boolean> = [
  (text) => LONG_NUMBER.test(text),
  (text) => /(^|\s)@\w/.test(text),
  (text) => /[^\s@]@[^\s@]+\.\w/.test(text) || /https?:\/\/|www\./i.test(text),
  (text) => /\n/.test(text),
  (_, words) => words <= 6,
  (_, words) => words > 40,
  (text) => /[$£€]\s?\d/.test(text),
];
export const GATE_CUE_COUNT = GATE_CUES.length;

/**
 * Feature indices of one message: each distinct word (first word hashed on its own too, so
 * "hi"/"dear" opening a message differ from the same word inside one), then the cues that fire.
 * "NAME" (GoEmotions' mask for people) is skipped: real messages never have it, so it must not
 * teach the gate anything.
 */
export function gateFeatures(text: string, tokens: Token[], buckets: number): number[] {
  const mask = buckets - 1;
  const seen = new Set<number>();
  let words = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || text.slice(token.start, token.end) === 'NAME') continue;
    const norm = DIGITS.test(token.norm) ? '#' : token.norm;
    seen.add(fnv1a(norm, words === 0 ? FIRST_SEED : WORD_SEED) & mask);
    words++;
  }
  const features = [...seen];
  GATE_CUES.forEach((cue, k) => {
    if (cue(text, words)) features.push(buckets + k);
  });
  return features;
}

/** Logit that the message is casual talk rather than a message to a company. */
export function gateLogit(gate: RegisterGate, text: string, tokens: Token[]): number {
  const features = gateFeatures(text, tokens, gate.buckets);
  let logit = gate.bias;
  for (const f of features) logit += (gate.levels[f] ?? 0) * gate.scale;
  return logit;
}

export function readsAsCasualTalk(gate: RegisterGate, text: string, tokens: Token[]): boolean {
  return gateLogit(gate, text, tokens) >= gate.threshold;
}
