import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Finds user-visible text written straight into JSX instead of going through
 * t(): JSX text, string literals in {…} children, and literals in attributes a
 * person reads or hears. Text without letters or digits (punctuation, ×, •) is allowed.
 */
export const READABLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
]);

export interface HardcodedString {
  file: string;
  line: number;
  text: string;
}

const HAS_WORDS = /[\p{L}\p{N}]/u;

/** String pieces an expression would show as-is; calls (t('key'), format(x)) are trusted. */
function literalTexts(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const kind = node.operatorToken.kind;
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken) return literalTexts(node.right);
    if (
      kind === ts.SyntaxKind.PlusToken ||
      kind === ts.SyntaxKind.BarBarToken ||
      kind === ts.SyntaxKind.QuestionQuestionToken
    )
      return [...literalTexts(node.left), ...literalTexts(node.right)];
  }
  return [];
}

export function findHardcodedStrings(source: string, file = 'inline.tsx'): HardcodedString[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardcodedString[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!HAS_WORDS.test(text)) return;
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    found.push({ file, line: line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    )
      for (const text of literalTexts(node.expression)) report(node, text);
    else if (ts.isJsxAttribute(node) && READABLE_ATTRIBUTES.has(node.name.getText(sourceFile)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression)
        for (const text of literalTexts(init.expression)) report(init, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

export function tsxFilesUnder(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...tsxFilesUnder(path));
    else if (name.endsWith('.tsx')) out.push(path);
  }
  return out.sort();
}

export function scanFolder(folder: string, root: string): HardcodedString[] {
  return tsxFilesUnder(folder).flatMap((path) =>
    findHardcodedStrings(readFileSync(path, 'utf8'), relative(root, path)),
  );
}
