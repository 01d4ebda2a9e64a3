import { describe, expect, it } from 'vitest';
import { attributeScriptTime, type CpuProfile } from '@/tests/bench/script-attribution';

const EXT = 'chrome-extension://abc/';
const frame = (functionName: string, url = '') => ({ functionName, url });

// root ─┬─ (idle)
//       ├─ page.js:onKey ── setTimeout (native)
//       └─ sidebar.js:poke ── setTimeout (native, called by our code)
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 3, 5] },
    { id: 2, callFrame: frame('(idle)') },
    { id: 3, callFrame: frame('onKey', 'https://helpdesk.example/page.js'), children: [4] },
    { id: 4, callFrame: frame('setTimeout') },
    { id: 5, callFrame: frame('poke', `${EXT}sidebar.js`), children: [6] },
    { id: 6, callFrame: frame('setTimeout') },
  ],
  // Each sample stands for the gap until the next one (the last has no length).
  samples: [2, 3, 4, 5, 6, 6, 2],
  timeDeltas: [0, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000],
};

describe('attributeScriptTime', () => {
  it('counts a sample as ours when any frame on its stack is the extension, natives included', () => {
    const { oursMs, allJsMs } = attributeScriptTime(PROFILE, EXT);
    // ours: node 5 (4 ms), node 6 twice (5 + 6 ms); page: node 3 (2 ms), node 4 (3 ms); idle ignored.
    expect(oursMs).toBe(15);
    expect(allJsMs).toBe(20);
  });

  it('finds nothing of ours in a profile of another origin', () => {
    expect(attributeScriptTime(PROFILE, 'chrome-extension://other/').oursMs).toBe(0);
  });
});
