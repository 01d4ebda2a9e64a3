/** Random, URL-safe, sortable enough for humans to paste; generated on the client so saves are idempotent. */
export function newId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
