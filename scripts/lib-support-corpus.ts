/**
 * The support corpus (tests/fixtures/support-corpus): customer messages written for the
 * project by helpers who never saw the code, labelled per signal. Split into train and dev
 * by a fixed hash of the text, so the split never depends on file order or on who ran it,
 * and dev stays held out: nothing is tuned on it (scripts/train-config.ts says what was).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fnv1a } from '@/lib/classify/features';
import { MODEL_CLASSES, repoRoot, type Example } from '@/scripts/lib-goemotions';

export const SUPPORT_CORPUS_DIR = path.resolve(repoRoot, 'tests/fixtures/support-corpus');
export const SUPPORT_SIGNALS = ['frustration', 'confusion', 'urgency', 'sadness', 'gratitude'] as const;
export type SupportSplit = 'train' | 'dev';

export interface SupportMessage {
  text: string;
  frustration: 0 | 1;
  confusion: 0 | 1;
  urgency: 0 | 1;
  sadness: 0 | 1;
  gratitude: 0 | 1;
  channel: 'email' | 'chat' | 'social';
}

/** Case and spacing do not make a different message: "Do you deliver to PO boxes?" twice is one. */
export const normaliseText = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** One message in five goes to dev, chosen by the hash of its normalised text. */
export function splitOf(text: string): SupportSplit {
  return fnv1a(normaliseText(text)) % 5 === 0 ? 'dev' : 'train';
}

export function parseSupportMessages(source: string): SupportMessage[] {
  return source
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SupportMessage);
}

export function loadSupportSplit(split: SupportSplit): SupportMessage[] {
  return parseSupportMessages(readFileSync(path.resolve(SUPPORT_CORPUS_DIR, `${split}.jsonl`), 'utf8'));
}

/** The corpus in the training scripts' shape: one 0/1 per MODEL_CLASSES entry. */
export function supportExamples(split: SupportSplit): Example[] {
  return loadSupportSplit(split).map((m) => ({ text: m.text, labels: MODEL_CLASSES.map((id) => m[id]) }));
}

/**
 * The customer messages of the retired blind-3 set (tests/fixtures/retired-blind): written by
 * another hand, labelled `upset` plus a list of `signals`. Training may use its train slice;
 * its dev slice (the same hash split as the corpus) stays held out for eval:upset --split dev.
 */
export const RETIRED_CUSTOMERS_FILE = path.resolve(
  repoRoot,
  'tests/fixtures/retired-blind/blind-3/customers-blind-3.jsonl',
);

export function retiredCustomerExamples(split: SupportSplit): Example[] {
  return readFileSync(RETIRED_CUSTOMERS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { text: string; signals: string[] })
    .filter((m) => splitOf(m.text) === split)
    .map((m) => ({ text: m.text, labels: MODEL_CLASSES.map((id) => (m.signals.includes(id) ? 1 : 0)) }));
}

/** The retired blind-11 customer messages (per-signal 0/1 fields, like the corpus), same hash split. */
export const RETIRED_BLIND_11_FILE = path.resolve(
  repoRoot,
  'tests/fixtures/retired-blind/blind-11/customers-blind-11.jsonl',
);

/** The retired blind-17 customer messages (per-signal 0/1 fields, like blind-11), same hash split. */
export const RETIRED_BLIND_17_FILE = path.resolve(
  repoRoot,
  'tests/fixtures/retired-blind/blind-17/customers-blind-17.jsonl',
);

/** The messages of a retired set with per-signal 0/1 fields in one slice of the hash split. */
export function retiredSupportMessages(file: string, split: SupportSplit): SupportMessage[] {
  return parseSupportMessages(readFileSync(file, 'utf8')).filter((m) => splitOf(m.text) === split);
}

const asExample = (m: SupportMessage): Example => ({ text: m.text, labels: MODEL_CLASSES.map((id) => m[id]) });

export function retiredBlind11Examples(split: SupportSplit): Example[] {
  return retiredSupportMessages(RETIRED_BLIND_11_FILE, split).map(asExample);
}

export function retiredBlind17Examples(split: SupportSplit): Example[] {
  return retiredSupportMessages(RETIRED_BLIND_17_FILE, split).map(asExample);
}
