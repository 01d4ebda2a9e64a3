/**
 * Writes a generated TypeScript file (weights, operating points) exactly as `prettier --write`
 * would leave it, so formatting never dirties the tree, and reports its size.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { repoRoot } from '@/scripts/lib-goemotions';

export async function writeGenerated(output: string, lines: string[]): Promise<void> {
  const options = { ...(await prettier.resolveConfig(output)), filepath: output };
  const formatted = await prettier.format(lines.join('\n'), options);
  writeFileSync(output, formatted);
  console.log(
    `wrote ${path.relative(repoRoot, output)}: ${formatted.length} bytes, ${gzipSync(formatted).length} bytes gzip`,
  );
}

/** The lines of a mood-weights file: its operating points and packed model under the given names. */
export function weightsFileLines(header: string[], names: [string, string], points: unknown, packed: unknown) {
  return [
    ...header,
    "import type { OperatingPoints } from '@/lib/classify/calibration';",
    "import type { ModelSignal, PackedModel } from '@/lib/classify/model';",
    '',
    `export const ${names[0]}: Record<ModelSignal, OperatingPoints> = ${JSON.stringify(points)};`,
    '',
    `export const ${names[1]}: PackedModel = ${JSON.stringify(packed)};`,
    '',
  ];
}
