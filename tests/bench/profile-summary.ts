/**
 * Self and total time per function of a V8 CPU profile (`--cpu-prof`), biggest first:
 * `npx tsx tests/bench/profile-summary.ts <file.cpuprofile> [rows]`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const profile = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Profile;
const rows = Number(process.argv[3] ?? 40);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const nameOf = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*\//, '')}:${node.callFrame.lineNumber + 1}`;

const self = new Map<string, number>();
const total = new Map<string, number>();
for (const sample of profile.samples) {
  const node = byId.get(sample)!;
  self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + 1);
  const seen = new Set<string>();
  for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
    const name = nameOf(byId.get(id)!);
    if (seen.has(name)) continue;
    seen.add(name);
    total.set(name, (total.get(name) ?? 0) + 1);
  }
}
const count = profile.samples.length;
const pct = (n: number) => ((n / count) * 100).toFixed(1).padStart(5);
console.log(`${count} samples; self% total% function`);
for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, rows))
  console.log(`${pct(n)} ${pct(total.get(name) ?? 0)} ${name}`);
console.log('--- by total');
for (const [name, n] of [...total].sort((a, b) => b[1] - a[1]).slice(0, rows))
  console.log(`${pct(self.get(name) ?? 0)} ${pct(n)} ${name}`);
