/**
 * Reading the entropy-coded weight levels of the mood model (the writer is
 * scripts/model-coding.ts). The levels are small integers, most of them zero, in hash buckets
 * that are random: gzip packed the old one-char-per-level strings to about 1.4 times their
 * entropy, while canonical Huffman codes get within a few per cent of it. The extension ships
 * gzipped, so the saving is what the agent downloads; the levels decoded are exactly the same.
 *
 * Per used bucket (ascending) the bit stream holds: the gap of empty buckets before it, the
 * mask of classes with a non-zero level, then those classes' levels (level + levels).
 * Each of these has its own code, given as code lengths (one packed char per symbol, 0: unused).
 */

/** Six bits per char: symbols 0..63 as packedChar writes them (no quote, no backslash). */
export const BITS_PER_CHAR = 6;

export interface CodedLevels {
  /** Used buckets. */
  count: number;
  gapLengths: string;
  maskLengths: string;
  /** One code per class. */
  levelLengths: readonly string[];
  bits: string;
}

/** The char of packed symbol `symbol` (0..85): '(' upward, skipping the backslash. */
export function packedChar(symbol: number): string {
  const code = SYMBOL_BASE + symbol;
  return String.fromCharCode(code >= BACKSLASH ? code + 1 : code);
}

const SYMBOL_BASE = 0x28;
const BACKSLASH = 0x5c;

export function symbolAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return (code > BACKSLASH ? code - 1 : code) - SYMBOL_BASE;
}

/** A canonical Huffman code as puff.c reads one: symbols by code length, and how many of each length. */
interface Code {
  counts: Int32Array;
  symbols: Int32Array;
}

function readCode(lengths: string): Code {
  const counts = new Int32Array(64);
  for (let s = 0; s < lengths.length; s++) counts[symbolAt(lengths, s)]!++;
  counts[0] = 0;
  const offsets = new Int32Array(64);
  for (let length = 1; length < 63; length++) offsets[length + 1] = offsets[length]! + counts[length]!;
  const symbols = new Int32Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) {
    const length = symbolAt(lengths, s);
    if (length !== 0) symbols[offsets[length]!++] = s;
  }
  return { counts, symbols };
}

/**
 * Reads symbols from the bit string, most significant bit of each char first. Plain state
 * and one method: this runs once per page, mostly before the JIT has warmed up.
 */
class BitReader {
  private at = 0;
  private buffer = 0;
  private left = 0;
  constructor(private readonly bits: string) {}

  symbol(code: Code): number {
    const { counts, symbols } = code;
    let { at, buffer, left } = this;
    let value = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length < 64; length++) {
      if (left === 0) {
        buffer = symbolAt(this.bits, at++);
        left = BITS_PER_CHAR;
      }
      left--;
      value |= (buffer >>> left) & 1;
      const count = counts[length]!;
      if (value - first < count) {
        this.at = at;
        this.buffer = buffer;
        this.left = left;
        return symbols[index + value - first]!;
      }
      index += count;
      first = (first + count) << 1;
      value <<= 1;
    }
    throw new Error('corrupt model weights');
  }
}

/** Writes each used bucket's levels into `levels` (bucket-major, `classes` per bucket). */
export function decodeLevels(coded: CodedLevels, levelRange: number, classes: number, levels: Int8Array): void {
  const reader = new BitReader(coded.bits);
  const gaps = readCode(coded.gapLengths);
  const masks = readCode(coded.maskLengths);
  const perClass = coded.levelLengths.map(readCode);
  for (let k = 0, bucket = -1; k < coded.count; k++) {
    bucket += reader.symbol(gaps) + 1;
    const mask = reader.symbol(masks);
    for (let c = 0; c < classes; c++) {
      if (mask & (1 << c)) levels[bucket * classes + c] = reader.symbol(perClass[c]!) - levelRange;
    }
  }
}
