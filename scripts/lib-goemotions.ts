/**
 * Shared by train-classifier and eval-emotions: where the GoEmotions splits live, how a row
 * maps onto Heartdesk's mood classes, and the metrics both scripts print.
 * The data is never committed; it is read from ../shared/data next to the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MODEL_CLASSES = ['frustration', 'confusion', 'gratitude', 'sadness'] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

// Label names from labels.txt, mapped as agreed in the data README.
const CLASS_LABELS: Record<ModelClass, string[]> = {
  frustration: ['anger', 'annoyance'],
  confusion: ['confusion'],
  gratitude: ['gratitude'],
  sadness: ['sadness', 'grief', 'disappointment'],
};

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The agreed place is ../shared/data/goemotions next to the repository; a git worktree sits one
 * level deeper, so the nearest ancestor's shared/data wins. GOEMOTIONS_DIR overrides both.
 */
function locateDataDir(): string {
  if (process.env.GOEMOTIONS_DIR) return path.resolve(process.env.GOEMOTIONS_DIR);
  const preferred = path.resolve(repoRoot, '../shared/data/goemotions');
  for (let dir = path.dirname(repoRoot); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.resolve(dir, 'shared/data/goemotions');
    if (existsSync(candidate)) return candidate;
  }
  return preferred;
}

export const dataDir = locateDataDir();

export interface Example {
  text: string;
  /** One 0/1 per MODEL_CLASSES entry. */
  labels: number[];
  /** How much the row counts in training (domain weighting, train-config.ts); 1 when absent. */
  weight?: number;
  /** A support-corpus row: it carries the domain column in training (classifier-training.ts). */
  support?: boolean;
  /**
   * Logits another model already gives the row, one per class: training then fits only what
   * to add to them (a delta on top of a shipped model: train-casual-weights.ts). Absent: 0.
   */
  base?: number[];
}

/** labels.txt beside the file if there is one (a custom GoEmotions-format set), else the data dir's. */
function labelsFor(file: string): string {
  const beside = path.resolve(path.dirname(file), 'labels.txt');
  return existsSync(beside) ? beside : path.resolve(dataDir, 'labels.txt');
}

/**
 * Resolves a split name ("dev.tsv", in the data dir) or a path (from the working directory).
 * Returns null, and the caller skips, when the file or its labels.txt is missing.
 */
export function findData(file: string): string | null {
  const candidates = [path.resolve(file), path.resolve(dataDir, file)];
  const found = candidates.find((candidate) => existsSync(candidate));
  return found && existsSync(labelsFor(found)) ? found : null;
}

export function loadSplit(file: string): Example[] {
  const labelNames = readFileSync(labelsFor(file), 'utf8').trim().split('\n');
  const idsOf = (names: string[]) => new Set(names.map((name) => String(labelNames.indexOf(name))));
  const classIds = MODEL_CLASSES.map((cls) => idsOf(CLASS_LABELS[cls]));
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [text = '', ids = ''] = line.split('\t');
      const rowIds = ids.split(',');
      return { text, labels: classIds.map((set) => (rowIds.some((id) => set.has(id)) ? 1 : 0)) };
    });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function prf({ tp, fp, fn }: Counts): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function count(predicted: boolean[], gold: number[]): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  predicted.forEach((yes, i) => {
    if (yes && gold[i]) counts.tp++;
    else if (yes) counts.fp++;
    else if (gold[i]) counts.fn++;
  });
  return counts;
}

export const round3 = (value: number) => Math.round(value * 1000) / 1000;
