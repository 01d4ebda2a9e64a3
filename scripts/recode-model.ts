/**
 * `npx tsx scripts/recode-model.ts`: rewrites lib/classify/model-weights.generated.ts in the
 * current weight encoding (scripts/pack-model.ts) without training: same levels, scales, bias
 * and operating points. For a weights file written by an older train:classifier. Refuses to
 * write unless the recoded model decodes to exactly the same levels.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { MODEL_SIGNALS, unpackModel, type PackedModel } from '@/lib/classify/model';
import { PACKED_MODEL } from '@/lib/classify/model-weights.generated';
import { encodeLevels } from '@/scripts/model-coding';

const OUTPUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../lib/classify/model-weights.generated.ts');

async function main(): Promise<void> {
  const { levels } = unpackModel(PACKED_MODEL);
  const { buckets: _buckets, weights: _weights, coded: _coded, ...kept } = PACKED_MODEL;
  const recoded: PackedModel = { ...kept, coded: encodeLevels(levels, MODEL_SIGNALS.length, PACKED_MODEL.levels) };
  const check = unpackModel(recoded).levels;
  if (check.length !== levels.length || check.some((level, i) => level !== levels[i])) {
    throw new Error('recoded levels differ: not written');
  }
  const source = readFileSync(OUTPUT, 'utf8');
  const at = source.indexOf('export const PACKED_MODEL');
  if (at === -1) throw new Error(`no PACKED_MODEL in ${OUTPUT}`);
  const next = `${source.slice(0, at)}export const PACKED_MODEL: PackedModel = ${JSON.stringify(recoded)};\n`;
  const formatted = await prettier.format(next, { ...(await prettier.resolveConfig(OUTPUT)), filepath: OUTPUT });
  writeFileSync(OUTPUT, formatted);
  console.log(
    `recoded ${path.basename(OUTPUT)}: ${source.length} → ${formatted.length} bytes, gzip ${gzipSync(source).length} → ${gzipSync(formatted).length}`,
  );
}

void main();
