import { expect } from 'vitest';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import messages from '@/public/_locales/en/messages.json';

/** Words that mean something to the people who built Heartdesk, not to the agents who read the Sites tab. */
export const CODE_WORDS =
  /\b(adapters?|generic detection|generic|isolated script|editables?|DOM|selectors?|public code|content scripts?|matched|fallback|falls back|heuristics?|scope|composer|null)\b/i;

/** The English note an agent reads under the helpdesk, straight from messages.json (not through t(), which echoes unknown keys). */
export function noteOf(adapter: HelpdeskAdapter): string {
  const entry = adapter.noteKey ? (messages as Record<string, { message: string }>)[adapter.noteKey] : undefined;
  if (!entry) throw new Error(`${adapter.name}: no message for note key ${String(adapter.noteKey)}`);
  return entry.message;
}

/** The note is the named message, and it reads as plain words with the facts it must carry. */
export function expectPlainNote(adapter: HelpdeskAdapter, key: string, ...facts: RegExp[]): void {
  expect(adapter.noteKey).toBe(key);
  const note = noteOf(adapter);
  expect(note).not.toMatch(CODE_WORDS);
  for (const fact of facts) expect(note).toMatch(fact);
}
