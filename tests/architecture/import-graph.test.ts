import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forbiddenFor, layerOf, LAYERS } from '@/scripts/layers.js';

/**
 * The import graph of shipped code (lib/, components/, entrypoints/), read from the source:
 * static imports, re-exports and dynamic import() calls alike (lint sees only the static
 * ones). Checks the layer lists of scripts/layers.js and that no cycle exists, between files
 * or between folders.
 */
const root = resolve(import.meta.dirname, '../..');
const SHIPPED = ['lib', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [relative(root, path)] : [];
  });
}

const IMPORT =
  /(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** The repository file an `@/` specifier names, or null for packages and assets. */
function resolveSpecifier(specifier: string, files: Set<string>): string | null {
  if (!specifier.startsWith('@/')) return null;
  const base = specifier.slice(2).split('?')[0]!;
  return (
    [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((candidate) =>
      files.has(candidate),
    ) ?? null
  );
}

const files = SHIPPED.flatMap((dir) => sourceFiles(join(root, dir)));
const fileSet = new Set(files);
const specifiersOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3]!);
const edges = new Map(
  files.map((file) => [
    file,
    specifiersOf(file)
      .map((specifier) => resolveSpecifier(specifier, fileSet))
      .filter((target): target is string => target !== null),
  ]),
);

/** Strongly connected components with more than one member (Tarjan), i.e. cycles. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('import graph', () => {
  it('reads a real graph', () => {
    expect(files.length).toBeGreaterThan(200);
    expect([...edges.values()].flat().length).toBeGreaterThan(500);
  });

  it('imports project code only as `@/…`', () => {
    const relativeImports = files.flatMap((file) =>
      specifiersOf(file)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(relativeImports).toEqual([]);
  });

  it('every shipped file belongs to a declared layer', () => {
    expect(files.filter((file) => layerOf(file) === null)).toEqual([]);
  });

  it('no import crosses a layer it may not (dynamic imports included)', () => {
    const violations = [...edges].flatMap(([file, targets]) => {
      const from = layerOf(file)!;
      return targets
        .filter((target) => forbiddenFor(from).includes(layerOf(target)!))
        .map((target) => `${file} → ${target}`);
    });
    expect(violations).toEqual([]);
  });

  it('has no file cycles', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('has no folder cycles', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of edges) {
      const from = layerOf(file)!;
      const list = folders.get(from) ?? [];
      for (const target of targets) if (layerOf(target) !== from) list.push(layerOf(target)!);
      folders.set(from, [...new Set(list)]);
    }
    expect(cycles(folders)).toEqual([]);
  });

  it('declares every layer it checks with a list of allowed layers that exist', () => {
    for (const [layer, allowed] of Object.entries(LAYERS)) {
      for (const other of allowed) expect(Object.keys(LAYERS), `${layer} allows ${other}`).toContain(other);
    }
  });
});
