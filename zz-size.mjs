import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({
  entryPoints: ['lib/analysis/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
  absWorkingDir: process.cwd(),
});
console.log(gzipSync(r.outputFiles[0].contents, { level: 9 }).length, r.outputFiles[0].contents.length);
