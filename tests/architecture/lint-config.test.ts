import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules bite: ESLint, with the project's own config, refuses an arrow back up
 * and a relative import, and accepts an arrow the layers allow. Linting text under a real
 * file path applies exactly the config `npm test` applies to that file.
 */
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('lint keeps the layers', () => {
  it('fails the sidebar importing the journal database', async () => {
    expect(
      await problems(
        'components/sidebar/Leak.tsx',
        "import { journalDb } from '@/lib/db/database';\nvoid journalDb;\n",
      ),
    ).toEqual([expect.stringContaining('components/sidebar may not import lib/db')]);
  });

  it('fails the ground floor importing analyze()', async () => {
    expect(
      await problems('lib/engine/back-up.ts', "import { analyze } from '@/lib/analysis';\nexport const a = analyze;\n"),
    ).toEqual([expect.stringContaining('lib/engine may not import lib/analysis')]);
  });

  it('fails the journal formats importing the database', async () => {
    expect(
      await problems(
        'lib/journal/back-up.ts',
        "import { journalDb } from '@/lib/db/database';\nexport const d = journalDb;\n",
      ),
    ).toEqual([expect.stringContaining('lib/journal may not import lib/db')]);
  });

  it('fails a relative import', async () => {
    expect(await problems('lib/coach/relative.ts', "import { t } from '../i18n';\nexport const x = t;\n")).toEqual([
      expect.stringContaining('not by a relative path'),
    ]);
  });

  it('accepts an arrow the layers allow', async () => {
    expect(
      await problems('lib/coach/allowed.ts', "import { analyze } from '@/lib/analysis';\nexport const a = analyze;\n"),
    ).toEqual([]);
  });
});
