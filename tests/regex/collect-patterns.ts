/**
 * Every regular expression the shipped code can run, found without anyone listing them:
 * - regex literals, read from the source with the TypeScript parser (wherever they are,
 *   inside functions too);
 * - patterns built at run time (`new RegExp(…)`, `RegExp(…)`, helpers such as
 *   phrasesAtWordStart), captured by importing every module with the RegExp constructor
 *   wrapped, and tied back to their construction sites through the (source-mapped) stack.
 * A construction site that importing does not reach (a pattern built inside a function
 * that runs later) is reported, so the test asks for a way to build it instead of
 * silently never timing it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const SHIPPED_FOLDERS = ['lib', 'components', 'entrypoints'];

export interface Site {
  /** Repository-relative path. */
  file: string;
  line: number;
}

export interface LiteralPattern extends Site {
  source: string;
  flags: string;
}

export interface SourceScan {
  literals: LiteralPattern[];
  /** Places that construct a pattern from a string at run time. */
  constructions: Site[];
}

/** Calls that build a RegExp from a string (besides the constructor itself). */
const BUILDERS = new Set(['RegExp', 'phrasesAtWordStart']);

export function sourceFiles(root: string, folders = SHIPPED_FOLDERS): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return files.sort();
}

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

export function scanSource(root: string, files = sourceFiles(root)): SourceScan {
  const literals: LiteralPattern[] = [];
  const constructions: Site[] = [];
  for (const path of files) {
    const file = relative(root, path);
    const text = readFileSync(path, 'utf8');
    const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const tree = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
    const lineOf = (node: ts.Node) => tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(tree);
        const end = literal.lastIndexOf('/');
        literals.push({ file, line: lineOf(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        BUILDERS.has(calleeName(node.expression)!)
      ) {
        constructions.push({ file, line: lineOf(node.expression) });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return { literals, constructions };
}

export interface ConstructedPattern {
  pattern: RegExp;
  /** Repository frames of the stack that built it (file and line), innermost first. */
  frames: Site[];
}

const FRAME = /\(?([^\s()]+):(\d+):\d+\)?$/;

function repositoryFrames(stack: string, root: string, folders: readonly string[]): Site[] {
  const frames: Site[] = [];
  for (const line of stack.split('\n').slice(1)) {
    const match = FRAME.exec(line.trim());
    if (!match) continue;
    const path = match[1]!.replace(/^file:\/\//, '');
    const file = relative(root, path);
    if (!folders.some((folder) => file.startsWith(`${folder}/`))) continue;
    frames.push({ file, line: Number(match[2]) });
  }
  return frames;
}

/** Runs `load` with the global RegExp constructor wrapped, and returns every pattern built meanwhile. */
export async function captureConstructed(
  root: string,
  load: () => Promise<void>,
  folders: readonly string[] = SHIPPED_FOLDERS,
): Promise<ConstructedPattern[]> {
  const Original = globalThis.RegExp;
  const built: ConstructedPattern[] = [];
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const pattern = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp;
      built.push({ pattern, frames: repositoryFrames(new Error().stack ?? '', root, folders) });
      return pattern;
    },
    apply(target, _this, args) {
      const pattern = Reflect.apply(target, undefined, args) as RegExp;
      built.push({ pattern, frames: repositoryFrames(new Error().stack ?? '', root, folders) });
      return pattern;
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}

export interface Pattern {
  pattern: RegExp;
  /** Where it is written or built ("lib/engine/sentences.ts:34"). */
  where: string[];
}

/** Literals and constructed patterns, one entry per distinct source and flags. */
export function distinctPatterns(literals: LiteralPattern[], constructed: ConstructedPattern[]): Pattern[] {
  const byKey = new Map<string, Pattern>();
  const add = (pattern: RegExp, where: string) => {
    const key = `${pattern.flags}/${pattern.source}`;
    const known = byKey.get(key);
    if (known) {
      if (!known.where.includes(where)) known.where.push(where);
    } else byKey.set(key, { pattern, where: [where] });
  };
  for (const literal of literals) add(new RegExp(literal.source, literal.flags), `${literal.file}:${literal.line}`);
  // The outermost frame names the module that asked for the pattern (thanks.ts, not phrases.ts).
  for (const { pattern, frames } of constructed) {
    const outer = frames.at(-1);
    if (outer) add(pattern, `${outer.file}:${outer.line}`);
  }
  return [...byKey.values()];
}

/** Construction sites no captured pattern passed through. */
export function unreachedConstructions(constructions: Site[], constructed: ConstructedPattern[]): Site[] {
  const reached = new Set(constructed.flatMap(({ frames }) => frames.map((frame) => `${frame.file}:${frame.line}`)));
  return constructions.filter((site) => !reached.has(`${site.file}:${site.line}`));
}
