/**
 * npx tsx scripts/cv-classifier.ts ['{"supportWeight":3}' ...]
 * Compares training configs on out-of-fold scores of the TRAINING rows only (GoEmotions
 * train.tsv + the support corpus's train split; out-of-fold.ts), so no variant is chosen on
 * a set we report. Prints, per config, the F1 of each class on the Reddit rows and "upset"
 * on the support rows at operating points chosen as train-classifier chooses them, plus the
 * gzip size of the packed weights. Each argument is a JSON patch over the shipped CONFIG;
 * no argument: the shipped CONFIG.
 */
import { gzipSync } from 'node:zlib';
import { MODEL_SIGNALS } from '@/lib/classify/model';
import { fitModel, type TrainConfig } from '@/scripts/classifier-training';
import { fit } from '@/scripts/elastic-net-training';
import { dataDir } from '@/scripts/lib-goemotions';
import { foldModels, settlePoints, summarise } from '@/scripts/out-of-fold';
import { pack } from '@/scripts/pack-model';
import { CONFIG } from '@/scripts/train-config';
import { trainingRows } from '@/scripts/training-rows';

function main() {
  const patches = process.argv.slice(2);
  for (const patch of patches.length ? patches : ['{}']) {
    const config = { ...CONFIG, ...(JSON.parse(patch) as Partial<TrainConfig>) };
    const data = trainingRows(config);
    if (!data) {
      console.log(`skipped: data not found at ${dataDir}`);
      return;
    }
    const started = performance.now();
    const held = settlePoints(data.rows, data.support, foldModels(data.rows, config), config);
    const { classes, upset, supportGratitude } = summarise(held.parts, held.rows, held.support, held.points);
    const packed = process.env.CV_SIZE ? pack(fitModel(data.rows, config, MODEL_SIGNALS.length, fit), config) : null;
    const size = packed ? ` ${(gzipSync(JSON.stringify(packed.coded)).length / 1024).toFixed(1)} KB` : '';
    const cells = MODEL_SIGNALS.map((id) => `${id.slice(0, 5)} ${classes[id]!.f1.toFixed(3)}`).join(' ');
    const frustration = classes.frustration!;
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(
      `${cells} | frust conf P ${frustration.confidentP.toFixed(2)} R ${frustration.confidentR.toFixed(3)} | upset P ${upset.p.toFixed(3)} R ${upset.r.toFixed(3)} conf P ${upset.confidentP.toFixed(2)} R ${upset.confidentR.toFixed(3)} | thanks P ${supportGratitude.p.toFixed(3)} R ${supportGratitude.r.toFixed(3)} |${size} (${seconds}s) ${patch}`,
    );
  }
}

main();
