/**
 * npm run eval:emotions -- [file.tsv]   (default: GoEmotions dev.tsv)
 * Scores every row through the SHIPPED classifier (scoreMessage, rules included) and
 * prints precision/recall/F1 at the hint point and P/R at the confident point per class.
 * The last line is one JSON object for CI and reports. --ungated: with the register gate switched
 * off (lib/classify/casual-register.ts; on in the product), every row on the support weights.
 */
import { levelOf } from '@/lib/classify/calibration';
import { scoreMessage, switchRegisterGate } from '@/lib/classify/score-message';
import { count, dataDir, findData, loadSplit, MODEL_CLASSES, prf, round3 } from '@/scripts/lib-goemotions';

function main() {
  const arg = process.argv.slice(2).find((a) => !a.startsWith('-'));
  const file = findData(arg ?? 'dev.tsv');
  if (!file) {
    console.log(`skipped: data not found at ${arg ?? dataDir}`);
    return;
  }
  if (process.argv.includes('--ungated')) switchRegisterGate(false);
  const rows = loadSplit(file);
  const times: number[] = [];
  const scored = rows.map((row) => {
    const started = performance.now();
    const score = scoreMessage(row.text);
    times.push((performance.now() - started) * 1000);
    return score;
  });
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const summary: Record<string, unknown> = {};
  console.log(`${file}: ${rows.length} rows, median ${median.toFixed(1)} µs per message`);
  console.log('class        P      R      F1     n     | confident P  R');
  MODEL_CLASSES.forEach((id, c) => {
    const gold = rows.map((row) => row.labels[c]!);
    const levels = scored.map((s) => (s ? levelOf(s.scores[id]) : 'none'));
    const soft = prf(
      count(
        levels.map((l) => l !== 'none'),
        gold,
      ),
    );
    const hard = prf(
      count(
        levels.map((l) => l === 'confident'),
        gold,
      ),
    );
    const n = gold.reduce((a, b) => a + b, 0);
    const cells = [soft.p, soft.r, soft.f1].map((v) => v.toFixed(3).padStart(6));
    console.log(
      `${id.padEnd(12)} ${cells.join(' ')} ${String(n).padStart(5)} | ${hard.p.toFixed(3)} ${hard.r.toFixed(3)}`,
    );
    summary[id] = {
      p: round3(soft.p),
      r: round3(soft.r),
      f1: round3(soft.f1),
      n,
      hc: { p: round3(hard.p), r: round3(hard.r) },
    };
  });
  console.log(JSON.stringify(summary));
}

main();
