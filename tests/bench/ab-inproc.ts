/**
 * Two versions of the engine timed in ONE process, interleaved: `npx tsx tests/bench/ab-inproc.ts <treeA> <treeB> [rounds]`.
 * Each tree is a checkout (or a `git archive` export with `.wxt/` copied and `node_modules` linked in); its
 * engine and the engine bench's scenarios are bundled with esbuild and loaded side by side, each with its own
 * memos. Batches of 200 calls alternate between the two (the order flips every round), so load from other
 * processes on a shared machine falls on both alike, which separate runs (ab-typing.ts) cannot promise.
 * Prints the median wall time per call of each scenario (keystroke, same draft, cold), its p95 and mean, the CPU time
 * per call of the median batch (robust when the machine is oversubscribed), and the load average.
 * A fourth argument picks scenarios (`keystroke` or `keystroke,same`): a cold batch empties the memos, so the keystroke
 * batch after it re-warms them and measures some of that too; keystrokes alone are the steady typing engine.ts times.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { analyze as Analyze } from '@/lib/analysis';

interface Engine {
  analyze: typeof Analyze;
  clearTextMemos: () => void;
  benchDraft: () => string;
  keystrokeDrafts: (base: string, count: number) => string[];
  CUSTOMER: string;
  DEFAULT_ENGINE_SETTINGS: Parameters<typeof Analyze>[0]['settings'];
}

const ENTRY = `export { analyze } from '@/lib/analysis';
export { clearTextMemos } from '@/lib/engine/text-memo';
export { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
export { benchDraft, CUSTOMER, keystrokeDrafts } from '@/tests/bench/engine';`;

async function load(tree: string, name: string, folder: string): Promise<Engine> {
  const outfile = join(folder, `${name}.cjs`);
  await build({
    stdin: { contents: ENTRY, resolveDir: tree, loader: 'ts' },
    tsconfig: join(tree, 'tsconfig.json'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['esbuild'],
    outfile,
    logLevel: 'error',
  });
  return createRequire(import.meta.url)(outfile) as Engine;
}

const BATCH = 200;
const ALL_SCENARIOS = ['keystroke', 'same', 'cold'] as const;

async function main(): Promise<void> {
  const [treeA, treeB, roundsArg] = process.argv.slice(2);
  if (!treeA || !treeB) throw new Error('usage: ab-inproc.ts <treeA> <treeB> [rounds] [keystroke,same,cold]');
  const rounds = Number(roundsArg ?? 40);
  const picked = process.argv[5]?.split(',');
  const SCENARIOS = ALL_SCENARIOS.filter((scenario) => !picked || picked.includes(scenario));
  // Inside the project, so the bundles find its node_modules (the bench module imports esbuild).
  const folder = resolve('bench-output/ab-inproc');
  mkdirSync(folder, { recursive: true });
  const arms = await Promise.all(
    [treeA, treeB].map(async (tree, i) => {
      const engine = await load(resolve(tree), `arm${i}`, folder);
      const draft = engine.benchDraft();
      const base = {
        customerMessages: [engine.CUSTOMER],
        draft,
        locale: 'en',
        settings: engine.DEFAULT_ENGINE_SETTINGS,
      };
      const typing = engine.keystrokeDrafts(draft, BATCH * (rounds + 3));
      const times = { keystroke: [] as number[], same: [] as number[], cold: [] as number[] };
      const batches = { keystroke: [] as number[], same: [] as number[], cold: [] as number[] };
      return { tree, engine, base, typing, next: 0, times, batches };
    }),
  );
  // Three untimed rounds warm both up.
  for (let round = 0; round < rounds + 3; round++) {
    for (const scenario of SCENARIOS) {
      for (const arm of round % 2 ? [...arms].reverse() : arms) {
        const cpu = process.cpuUsage();
        for (let i = 0; i < BATCH; i++) {
          const input = scenario === 'keystroke' ? { ...arm.base, draft: arm.typing[arm.next++]! } : arm.base;
          if (scenario === 'cold') arm.engine.clearTextMemos();
          const started = process.hrtime.bigint();
          arm.engine.analyze(input);
          if (round >= 3) arm.times[scenario].push(Number(process.hrtime.bigint() - started) / 1_000);
        }
        const used = process.cpuUsage(cpu);
        if (round >= 3) arm.batches[scenario].push((used.user + used.system) / BATCH);
      }
    }
  }
  const round1 = (value: number) => Math.round(value * 10) / 10;
  // The median answers "is a call faster"; p95 and the mean also show the collector's pauses
  // (shared by both versions here: they live in one heap, so separate runs of engine.ts tell them apart better).
  const summary = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    const mean = list.reduce((sum, value) => sum + value, 0) / list.length;
    return `${round1(sorted[list.length >> 1]!)} (p95 ${round1(sorted[Math.floor(list.length * 0.95)]!)}, mean ${round1(mean)})`;
  };
  for (const arm of arms) {
    // CPU time per call, per batch (the median batch): waiting for a core on a loaded machine is not counted.
    const cpu = (list: number[]) => round1([...list].sort((a, b) => a - b)[list.length >> 1]!);
    const row = SCENARIOS.map(
      (scenario) => `${scenario} ${summary(arm.times[scenario])} µs, CPU ${cpu(arm.batches[scenario])} µs`,
    ).join(', ');
    console.log(`${arm.tree}: ${row}`);
  }
  console.log(`load average ${loadavg()[0]!.toFixed(1)}; ${rounds} rounds of ${BATCH} calls per scenario and version`);
}

void main();
