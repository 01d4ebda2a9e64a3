import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@/tests/e2e/browser';

/** The sidebar's English strings, read from the locale file so a wording change does not break the tests. */
const messages = JSON.parse(readFileSync(join(REPO_ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

export function message(key: string): string {
  const found = messages[key]?.message;
  if (found === undefined) throw new Error(`No English message ${key} in public/_locales/en/messages.json`);
  return found;
}
