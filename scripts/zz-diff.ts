import { calibrate } from '@/lib/classify/calibration';
import { foldModels, settlePoints } from '@/scripts/out-of-fold';
import { CONFIG } from '@/scripts/train-config';
import { trainingRows } from '@/scripts/training-rows';
const run = (patch: string) => {
  const config = { ...CONFIG, ...JSON.parse(patch) };
  const data = trainingRows(config)!;
  const held = settlePoints(data.rows, data.support, foldModels(data.rows, config), config);
  return held.rows.map((r, k) => {
    if (!held.support[k]) return null;
    const p = held.parts[k]!;
    const s = (id: 'frustration' | 'sadness') => Math.min(p.ceilings[id], Math.max(p.floors[id], calibrate(p.logits[id], held.points[id])));
    return { text: r.text, gold: r.labels[0]! || r.labels[3]!, flag: s('frustration') >= 0.5 || s('sadness') >= 0.5, f: s('frustration').toFixed(2), s: s('sadness').toFixed(2) };
  });
};
const a = run('{}');
const b = run(process.argv[2]!);
a.forEach((x, i) => {
  const y = b[i];
  if (!x || !y || x.flag === y.flag) return;
  console.log(`${x.gold ? 'UPSET' : 'calm '} ${x.flag ? 'lost ' : 'won  '} ${x.f}/${x.s} -> ${y.f}/${y.s}  ${x.text.slice(0, 110)}`);
});
