import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '@/scripts/layers.js';

/**
 * docs/architecture.md and the README's layout section stay true: every path they name
 * exists, and every folder of lib/ and components/ is described.
 */
const root = resolve(import.meta.dirname, '../..');
const architecture = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const layout = readme.slice(readme.indexOf('## Project layout'));

/**
 * Repository paths the text names: backticked ones (`lib/db/`, `scripts/layers.js`) and the
 * bare folder names of the diagram; placeholders like `<rule>` are left out.
 */
function namedPaths(text: string): string[] {
  const backticked = [...text.matchAll(/`((?:lib|components|entrypoints|tests|scripts|docs)\/[^`\s<>*]*)`/g)];
  const bare = [...text.matchAll(/(?<![\w/`])((?:lib|components)\/[a-z0-9-]+)(?=[\s,.)])/g)];
  return [...new Set([...backticked, ...bare].map((match) => match[1]!))];
}

const folders = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}`);

describe('architecture docs', () => {
  it('name paths in the docs and the README layout', () => {
    expect(namedPaths(architecture).length).toBeGreaterThan(20);
    expect(namedPaths(layout).length).toBeGreaterThan(5);
  });

  for (const [source, text] of [
    ['docs/architecture.md', architecture],
    ['README.md › Project layout', layout],
  ] as const) {
    it(`${source}: every path it names exists`, () => {
      expect(namedPaths(text).filter((path) => !existsSync(join(root, path)))).toEqual([]);
    });
  }

  it('describe every folder of lib/ and components/', () => {
    const described = new Set(namedPaths(architecture).map((path) => path.replace(/\/$/, '')));
    expect([...folders('lib'), ...folders('components')].filter((folder) => !described.has(folder))).toEqual([]);
  });

  it('every declared layer is a folder or file that exists', () => {
    for (const layer of Object.keys(LAYERS)) {
      expect(existsSync(join(root, layer)) || existsSync(join(root, `${layer}.ts`)), layer).toBe(true);
    }
  });
});
