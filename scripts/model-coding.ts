/**
 * Writes the mood model's weight levels as lib/classify/model-coding.ts reads them: canonical
 * Huffman codes for the bucket gaps, the masks of non-zero classes and each class's levels.
 */
import { BITS_PER_CHAR, packedChar, type CodedLevels } from '@/lib/classify/model-coding';

/** Huffman code lengths for symbol frequencies (0 for symbols never used; a lone symbol gets 1). */
export function codeLengths(frequencies: readonly number[]): number[] {
  const lengths = frequencies.map(() => 0);
  let nodes = frequencies.map((weight, symbol) => ({ weight, symbols: [symbol] })).filter((node) => node.weight > 0);
  if (nodes.length === 1) lengths[nodes[0]!.symbols[0]!] = 1;
  while (nodes.length > 1) {
    // Few symbols (under a hundred): sorting each round is fast enough and keeps the code deterministic.
    nodes.sort((a, b) => a.weight - b.weight || a.symbols[0]! - b.symbols[0]!);
    const [a, b] = nodes as [(typeof nodes)[0], (typeof nodes)[0]];
    for (const symbol of [...a.symbols, ...b.symbols]) lengths[symbol]!++;
    nodes = [{ weight: a.weight + b.weight, symbols: [...a.symbols, ...b.symbols] }, ...nodes.slice(2)];
  }
  return lengths;
}

/** Canonical codes for these lengths, in the order lib/classify/model-coding.ts assigns them. */
function canonicalCodes(lengths: readonly number[]): number[] {
  const codes = lengths.map(() => 0);
  const order = lengths
    .map((length, symbol) => ({ length, symbol }))
    .filter((entry) => entry.length > 0)
    .sort((a, b) => a.length - b.length || a.symbol - b.symbol);
  let code = 0;
  let length = order[0]?.length ?? 0;
  for (const entry of order) {
    code <<= entry.length - length;
    length = entry.length;
    codes[entry.symbol] = code++;
  }
  return codes;
}

class Code {
  readonly lengths: number[];
  private readonly codes: number[];
  constructor(frequencies: readonly number[]) {
    this.lengths = codeLengths(frequencies);
    if (Math.max(0, ...this.lengths) > 60) throw new Error('code too long');
    this.codes = canonicalCodes(this.lengths);
  }
  write(bits: number[], symbol: number): void {
    for (let i = this.lengths[symbol]! - 1; i >= 0; i--) bits.push((this.codes[symbol]! >>> i) & 1);
  }
  table(): string {
    return this.lengths.map(packedChar).join('');
  }
}

function frequencies(symbols: readonly number[]): number[] {
  const counts: number[] = [];
  for (const symbol of symbols) counts[symbol] = (counts[symbol] ?? 0) + 1;
  return Array.from(counts, (count) => count ?? 0);
}

/**
 * `bytes` holds `classes` levels per bucket (bucket-major) in -levelRange..levelRange; buckets
 * with all levels zero are left out.
 */
export function encodeLevels(bytes: Int8Array, classes: number, levelRange: number): CodedLevels {
  const gaps: number[] = [];
  const masks: number[] = [];
  const levels: number[][] = Array.from({ length: classes }, () => []);
  let previous = -1;
  for (let bucket = 0; bucket * classes < bytes.length; bucket++) {
    let mask = 0;
    for (let c = 0; c < classes; c++) if (bytes[bucket * classes + c] !== 0) mask |= 1 << c;
    if (mask === 0) continue;
    gaps.push(bucket - previous - 1);
    masks.push(mask);
    for (let c = 0; c < classes; c++) if (mask & (1 << c)) levels[c]!.push(bytes[bucket * classes + c]! + levelRange);
    previous = bucket;
  }
  const gapCode = new Code(frequencies(gaps));
  const maskCode = new Code(frequencies(masks));
  const levelCodes = levels.map((list) => new Code(frequencies(list)));
  const bits: number[] = [];
  const next = levels.map(() => 0);
  gaps.forEach((gap, k) => {
    gapCode.write(bits, gap);
    maskCode.write(bits, masks[k]!);
    for (let c = 0; c < classes; c++) if (masks[k]! & (1 << c)) levelCodes[c]!.write(bits, levels[c]![next[c]!++]!);
  });
  let chars = '';
  for (let i = 0; i < bits.length; i += BITS_PER_CHAR) {
    let value = 0;
    for (let j = 0; j < BITS_PER_CHAR; j++) value = (value << 1) | (bits[i + j] ?? 0);
    chars += packedChar(value);
  }
  return {
    count: gaps.length,
    gapLengths: gapCode.table(),
    maskLengths: maskCode.table(),
    levelLengths: levelCodes.map((code) => code.table()),
    bits: chars,
  };
}
