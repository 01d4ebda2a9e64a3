/** Random, URL-safe, sortable enough for humans to paste; generated on the client so saves are idempotent. */
export function newId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What a stored or sent win id may look like: newId() output, or ids from older backups. */
export const WIN_ID_PATTERN = /^[A-Za-z0-9_-]+$/;
export const MIN_WIN_ID_LENGTH = 8;
export const MAX_WIN_ID_LENGTH = 64;
