/**
 * How much of the page's main thread Heartdesk's own code takes, from a V8 CPU
 * profile: a sample counts as ours when any frame on its stack comes from the
 * extension (so timers, DOM reads and layout our code calls are ours too). A
 * direct figure, steadier than subtracting two noisy runs on a shared machine.
 */
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE_FRAMES = new Set(['(idle)', '(program)', '(garbage collector)']);

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  return profile;
}

/** Milliseconds of sampled JS time whose stack includes a frame from `urlPrefix`, and of all JS. */
export function attributeScriptTime(profile: CpuProfile, urlPrefix: string): { oursMs: number; allJsMs: number } {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const result = node.callFrame.url.startsWith(urlPrefix) || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let oursUs = 0;
  let allUs = 0;
  profile.samples.forEach((id, index) => {
    // timeDeltas[i] is the gap before sample i; the sample stands for the time until the next one.
    const us = profile.timeDeltas[index + 1] ?? 0;
    if (IDLE_FRAMES.has(byId.get(id)!.callFrame.functionName)) return;
    allUs += us;
    if (isOurs(id)) oursUs += us;
  });
  return { oursMs: oursUs / 1_000, allJsMs: allUs / 1_000 };
}
