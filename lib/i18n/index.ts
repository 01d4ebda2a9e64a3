/**
 * The one door for user-visible strings. In the extension the browser's i18n API
 * answers from public/_locales/<lang>/messages.json; in Node (tests, scripts)
 * the English file is handed in once with setFallbackMessages.
 */

export type MessageFile = Record<string, { message: string; description?: string }>;

let fallback: MessageFile = {};

export function setFallbackMessages(messages: MessageFile): void {
  fallback = messages;
}

function fromBrowser(key: string, substitutions: string[]): string {
  const api = (globalThis as { chrome?: { i18n?: { getMessage?: (k: string, s?: string[]) => string } } }).chrome
    ?.i18n;
  try {
    return api?.getMessage?.(key, substitutions) ?? '';
  } catch {
    // The API throws once the extension context is gone (extension reloaded under the tab).
    return '';
  }
}

function fill(template: string, substitutions: string[]): string {
  return template.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
}

/** Returns the translated message; the key itself when missing, so gaps are visible, never blank. */
export function t(key: string, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  const native = fromBrowser(key, subs);
  if (native) return native;
  const entry = fallback[key];
  return entry ? fill(entry.message, subs) : key;
}
