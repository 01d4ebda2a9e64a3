import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';

const root = join(__dirname, '../..');
const keys = Object.keys(messages);
const KEY_SHAPE = /^options_[A-Za-z0-9_]+$/;

/**
 * Every string literal shaped like an options key (t('options_x'), or a key kept
 * in a lookup table), plus t(`options_${…}`) templates as patterns.
 */
function keysUsedIn(path: string): Array<{ key: string; pattern?: RegExp }> {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Array<{ key: string; pattern?: RegExp }> = [];
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && KEY_SHAPE.test(node.text))
      found.push({ key: node.text });
    if (ts.isTemplateExpression(node) && node.head.text.startsWith('options_')) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      found.push({ key: node.getText(source), pattern: new RegExp(`^${parts.join('\\w+')}$`) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = ['components/options', 'components/shared', 'lib/prompts', 'lib/storage', 'lib/policy'].flatMap(
  (folder) =>
    (readdirSync(join(root, folder), { recursive: true }) as string[])
      .filter((name) => /\.tsx?$/.test(name))
      .map((name) => join(root, folder, name)),
);

describe('message keys', () => {
  it('every options key the code names exists in messages.json', () => {
    const used = files.flatMap((file) => keysUsedIn(file).map((use) => ({ ...use, file: relative(root, file) })));
    expect(used.length).toBeGreaterThan(150);
    const missing = used
      // A counted message (tCount) is a family of keys, `_one`, `_other`…: its `_other` must exist.
      .filter(({ key, pattern }) =>
        pattern ? !keys.some((k) => pattern.test(k)) : !keys.includes(key) && !keys.includes(`${key}_other`),
      )
      .map(({ file, key }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('options keys are well formed and every message is a non-empty string', () => {
    for (const key of keys.filter((k) => k.startsWith('options'))) {
      expect(key).toMatch(KEY_SHAPE);
      expect((messages as Record<string, { message: string }>)[key]!.message.trim()).not.toBe('');
    }
  });
});
