/**
 * Does a regular expression's running time grow faster than its input? Times a full
 * global scan (every start position, as `replace`, `matchAll` or a `test` that fails
 * everywhere would try) of a shape at 2,000 and 20,000 characters and compares: linear
 * work grows about 10×, quadratic about 100×. Absolute times are never judged, only the
 * ratio, re-measured with longer loops before anything is called super-linear.
 *
 * Each scan runs in a `vm` context with a timeout: V8 honours the interrupt inside a
 * regular expression, so an exponential pattern (`/(a+)+b/`) is reported instead of
 * hanging the test run. Time is the process's CPU time, not wall time: on a busy machine
 * (other test files run in parallel) wall time also counts waiting for a core.
 */
import vm from 'node:vm';
import type { AdversarialShape } from '@/tests/fixtures/adversarial/shapes';

export const SMALL = 2_000;
export const LARGE = 20_000;
/** Linear is 10 (LARGE / SMALL); quadratic 100. Generous, so noise and cache effects never fail a linear pattern. */
export const MAX_GROWTH = 35;

export interface Growth {
  shape: string;
  smallUs: number;
  largeUs: number;
  /** largeUs / smallUs; Infinity when a scan did not finish within the timeout. */
  ratio: number;
}

function cpuMicros(): number {
  const used = process.cpuUsage();
  return used.user + used.system;
}

const context = vm.createContext({ performance, cpuMicros });
// Scans `text` until at least `minMs` passed; returns µs per scan. Each pattern is compiled
// once and warmed on a short prefix, so V8's first (interpreted) run is never the timed one.
vm.runInContext(
  `const compiled = new Map();
   function scanFor(source, flags, text, minMs) {
     const key = flags + '/' + source;
     let pattern = compiled.get(key);
     if (!pattern) {
       pattern = new RegExp(source, flags);
       compiled.set(key, pattern);
       for (let i = 0; i < 2; i++) {
         pattern.lastIndex = 0;
         pattern.exec(text.slice(0, 64));
       }
     }
     const started = performance.now();
     const cpuStarted = cpuMicros();
     let runs = 0;
     let found = 0;
     do {
       pattern.lastIndex = 0;
       let match;
       while ((match = pattern.exec(text)) !== null) {
         found++;
         if (match[0].length === 0) pattern.lastIndex++;
       }
       runs++;
     } while (performance.now() - started < minMs);
     globalThis.found = found;
     return (cpuMicros() - cpuStarted) / runs;
   }`,
  context,
);
const call = new vm.Script('scanFor(args.source, args.flags, args.text, args.minMs)');

/** Global, never sticky: every start position is tried, which is the worst any caller can ask for. */
export function scanFlags(flags: string): string {
  return `${flags.replace(/[gy]/g, '')}g`;
}

/** µs per full scan, or Infinity when one scan takes longer than `timeoutMs`. */
export function scanMicroseconds(pattern: RegExp, text: string, minMs: number, timeoutMs: number): number {
  context.args = { source: pattern.source, flags: scanFlags(pattern.flags), text, minMs };
  try {
    return call.runInContext(context, { timeout: timeoutMs }) as number;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return Infinity;
    throw error;
  }
}

export interface GrowthOptions {
  /** Loop length per measurement in the first pass; later passes use 10× more. */
  minMs?: number;
  /** Passes before a ratio above MAX_GROWTH counts (the lowest ratio is kept). */
  repeats?: number;
  timeoutMs?: number;
}

export function measureGrowth(pattern: RegExp, shape: AdversarialShape, options: GrowthOptions = {}): Growth {
  const { minMs = 0.3, repeats = 3, timeoutMs = 3_000 } = options;
  const small = shape.make(SMALL);
  const large = shape.make(LARGE);
  let best: Growth = { shape: shape.id, smallUs: 0, largeUs: 0, ratio: Infinity };
  for (let pass = 0; pass < repeats; pass++) {
    const loop = pass === 0 ? minMs : minMs * 10;
    const smallUs = scanMicroseconds(pattern, small, loop, timeoutMs);
    const largeUs = smallUs === Infinity ? Infinity : scanMicroseconds(pattern, large, loop, timeoutMs);
    const ratio = smallUs === Infinity || largeUs === Infinity ? Infinity : largeUs / Math.max(smallUs, 0.05);
    if (ratio < best.ratio || pass === 0) best = { shape: shape.id, smallUs, largeUs, ratio };
    // A scan that timed out will time out again: no need to try harder.
    if (best.ratio <= MAX_GROWTH || ratio === Infinity) break;
  }
  return best;
}

/** One line for a failure message: the two times and the growth, or which scan never finished. */
export function describeGrowth({ shape, smallUs, largeUs, ratio }: Growth, timeoutMs = 3_000): string {
  if (smallUs === Infinity) return `${shape}: no scan of ${SMALL} characters finished within ${timeoutMs} ms`;
  if (largeUs === Infinity) {
    return `${shape}: ${smallUs.toFixed(1)} µs at ${SMALL} characters, no scan of ${LARGE} finished within ${timeoutMs} ms`;
  }
  return `${shape}: ${smallUs.toFixed(1)} µs → ${largeUs.toFixed(1)} µs (×${ratio.toFixed(0)}, linear is ×10, limit ×${MAX_GROWTH})`;
}

/** The worst of `measure`'s growths over `shapes`, and every shape on which it is super-linear. */
export function worstGrowthOver(
  shapes: readonly AdversarialShape[],
  measure: (shape: AdversarialShape) => Growth,
): { worst: Growth; superLinear: Growth[] } {
  let worst: Growth | undefined;
  const superLinear: Growth[] = [];
  for (const shape of shapes) {
    const growth = measure(shape);
    if (!worst || growth.ratio > worst.ratio) worst = growth;
    if (growth.ratio > MAX_GROWTH) superLinear.push(growth);
  }
  return { worst: worst!, superLinear };
}

/** The worst growth of `pattern` over `shapes`, and every shape on which it is super-linear. */
export function growthOver(
  pattern: RegExp,
  shapes: readonly AdversarialShape[],
  options?: GrowthOptions,
): { worst: Growth; superLinear: Growth[] } {
  return worstGrowthOver(shapes, (shape) => measureGrowth(pattern, shape, options));
}
