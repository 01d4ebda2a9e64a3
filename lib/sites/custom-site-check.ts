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

/**
 * Whether this page's origin is one of the organisation's sites that applies (locked, or not
 * turned off by the agent), read raw from the validated copy and the agent's choices
 * (lib/storage/organisation-policy.ts, agent-choices.ts) for the same reason as above.
 * The browser's grant is checked where the detector is registered: it runs only there.
 */
export function isStoredManagedSite(storedPolicy: unknown, storedChoices: unknown, origin: string): boolean {
  const sites = (storedPolicy as { settings?: { sites?: { value?: unknown; locked?: unknown } } } | null)?.settings
    ?.sites;
  if (!sites || !Array.isArray(sites.value) || !sites.value.includes(origin)) return false;
  if (sites.locked === true) return true;
  const declined = (storedChoices as { declined?: { sites?: unknown } } | null)?.declined?.sites;
  return !(Array.isArray(declined) && declined.includes(origin));
}
