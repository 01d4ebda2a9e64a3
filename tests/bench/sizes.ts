import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Raw and gzip size (level 9) of every script, page and stylesheet in a build folder. */
export function buildSizes(dir: string): EntrySize[] {
  if (!existsSync(dir)) throw new Error(`No build at ${dir}: run \`npm run build\` first.`);
  return walk(dir)
    .filter((path) => /\.(js|css|html)$/.test(path))
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: relative(dir, path), rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}
