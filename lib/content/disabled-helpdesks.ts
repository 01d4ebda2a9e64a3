/**
 * The helpdesks the agent switched off, read straight from storage without the
 * preferences schema: the detector runs on every helpdesk page and must stay small.
 * Anything malformed counts as "nothing switched off" (the options page repairs it).
 */
export function disabledHelpdesksFrom(stored: unknown): string[] {
  const list = (stored as { disabledHelpdesks?: unknown } | null | undefined)?.disabledHelpdesks;
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
}
