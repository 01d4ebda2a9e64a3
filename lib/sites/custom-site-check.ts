/**
 * Whether this page's origin is a custom site the agent added and still grants,
 * read straight from storage without the zod schema: the detector runs on every
 * matched page and must stay small. Anything malformed counts as "not added".
 */
export function isStoredCustomSite(stored: unknown, origin: string): boolean {
  if (!Array.isArray(stored)) return false;
  return stored.some((site: unknown) => {
    const entry = site as { origin?: unknown; needsAccess?: unknown } | null;
    return entry?.origin === origin && entry.needsAccess !== true;
  });
}
