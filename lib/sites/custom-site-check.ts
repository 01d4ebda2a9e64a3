/**
 * Whether this page's origin is a custom site the agent added and still grants,
 * read straight from storage without the zod schema: the detector runs on every
 * matched page and must stay small. Anything malformed counts as "not added".
 * Scheme and host decide, not the port: the grant and the registered detector
 * cover every port of the host (issue 13, one registration per origin pattern).
 */
export function isStoredCustomSite(stored: unknown, origin: string): boolean {
  if (!Array.isArray(stored)) return false;
  const page = schemeAndHost(origin);
  return (
    page !== null &&
    stored.some((site: unknown) => {
      const entry = site as { origin?: unknown; needsAccess?: unknown } | null;
      return typeof entry?.origin === 'string' && schemeAndHost(entry.origin) === page && entry.needsAccess !== true;
    })
  );
}

function schemeAndHost(origin: string): string | null {
  try {
    const { protocol, hostname } = new URL(origin);
    return `${protocol}//${hostname}`;
  } catch {
    return null;
  }
}
