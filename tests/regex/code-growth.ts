/**
 * Does a piece of code take time that grows faster than its input? The regex growth test
 * times each pattern alone, but a loop that slices the text before every match, or a
 * pattern run once per sentence over the whole draft, is quadratic with only linear
 * patterns inside (the pre-send check did exactly that until issue 19's bench caught it).
 * So the same ratio test runs here on whole entry points: `run` on a shape made at
 * 2,000 and at 20,000 characters; linear work grows about 10×, quadratic about 100×.
 *
 * Time is the process's CPU time per call, over a loop of at least `minMs`, re-measured
 * with longer loops before anything is called super-linear, so a busy machine or a
 * garbage collection does not fail linear code. Absolute times are never judged.
 */
import type { AdversarialShape } from '@/tests/fixtures/adversarial/shapes';
import { LARGE, MAX_GROWTH, SMALL, worstGrowthOver, type Growth } from '@/tests/regex/growth';

/** The size whose time stands for what every call costs, whatever the text. */
const TINY = 64;

export interface CodeGrowthOptions {
  /** Loop length per measurement in the first pass; later passes use 4× more. */
  minMs?: number;
  /** Passes before a ratio above MAX_GROWTH counts (the lowest ratio is kept). */
  repeats?: number;
}

function cpuMicros(): number {
  const used = process.cpuUsage();
  return used.user + used.system;
}

/** µs of CPU per call of `run(input)`, over at least `minMs` of wall time (and at least two calls). */
function microsPerCall(run: (input: string) => unknown, input: string, minMs: number): number {
  const started = performance.now();
  const cpuStarted = cpuMicros();
  let calls = 0;
  do {
    run(input);
    calls++;
  } while (calls < 2 || performance.now() - started < minMs);
  return (cpuMicros() - cpuStarted) / calls;
}

export function measureCodeGrowth(
  run: (input: string) => unknown,
  shape: AdversarialShape,
  { minMs = 10, repeats = 4 }: CodeGrowthOptions = {},
): Growth {
  const tiny = shape.make(TINY);
  const small = shape.make(SMALL);
  const large = shape.make(LARGE);
  // Warm both sizes first: a first measurement that still compiles code would make the
  // small size look slow and hide growth.
  for (let i = 0; i < 3; i++) {
    run(tiny);
    run(small);
  }
  run(large);
  // Each size keeps its fastest measurement (noise only ever adds time), so a slow
  // moment on either side can neither hide growth nor invent it.
  let fixedUs = Infinity;
  let smallUs = Infinity;
  let largeUs = Infinity;
  let ratio = Infinity;
  for (let pass = 0; pass < repeats; pass++) {
    const loop = pass === 0 ? minMs : minMs * 4;
    fixedUs = Math.min(fixedUs, microsPerCall(run, tiny, loop / 2));
    smallUs = Math.min(smallUs, microsPerCall(run, small, loop));
    largeUs = Math.min(largeUs, microsPerCall(run, large, loop));
    // What the text's length costs, without what every call costs (a whole analysis scores
    // the mood and reads the settings whatever the draft): a large fixed cost would
    // otherwise hide a quadratic path, since it counts at 2,000 characters and barely at
    // 20,000. The floors keep noise in the fixed time from inflating the ratio: at least
    // half the small time (so the ratio is at most twice the plain one), and 2 µs, which a
    // timer can still tell apart.
    const grownSmall = Math.max(smallUs - fixedUs, smallUs / 2, 2);
    ratio = Math.max(0, largeUs - fixedUs) / grownSmall;
    if (ratio <= MAX_GROWTH) break;
  }
  return { shape: shape.id, smallUs, largeUs, ratio };
}

/** Every shape on which `run` is super-linear, and the worst growth seen. */
export function codeGrowthOver(
  run: (input: string) => unknown,
  shapes: readonly AdversarialShape[],
  options?: CodeGrowthOptions,
): { worst: Growth; superLinear: Growth[] } {
  return worstGrowthOver(shapes, (shape) => measureCodeGrowth(run, shape, options));
}
