import {
  formatPattern,
  hostCovers,
  originOf,
  originsOverlap,
  parsePattern,
  patternCovers,
  type ParsedPattern,
} from '@/lib/sites/match-pattern-cover';
import type { RegisteredScript, ScriptRegistry } from '@/lib/sites/script-registry';

/**
 * The one place that decides which detector registrations exist (issue 18 item 1,
 * issue 13 "one registration per origin pattern"). Everything Heartdesk may run on
 * comes in as sources: built-in helpdesks, the agent's own sites, and later the
 * sites an organisation manages. Only what the browser grants right now is
 * registered, and a page is never matched by two registrations: patterns that a
 * wider one covers are dropped, and overlapping origins share one script.
 */

export interface SiteSources {
  /** What the browser grants now: `permissions.getAll().origins`. */
  granted: readonly string[];
  /** Built-in helpdesks in use; the detector runs only on their agent pages. */
  helpdesks: ReadonlyArray<{ matches: readonly string[] }>;
  /** Whole origins (`https://support.example.com`, any port): the agent's sites, managed sites. */
  sites: readonly string[];
}

export type PlannedScript = RegisteredScript;

export const SCRIPT_ID_PREFIX = 'site-';
// Before issue 18, custom sites were registered one per origin (with its port) under this prefix.
const LEGACY_PREFIXES = ['custom-'];

/** Stable per key (FNV-1a), so a later sync finds the registration it made before. */
export function scriptIdFor(key: string): string {
  let hash = 0x811c9dc5;
  for (const char of key) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${SCRIPT_ID_PREFIX}${hash.toString(16).padStart(8, '0')}`;
}

/** `http://127.0.0.1:8090` → `http://127.0.0.1/*`: the grant covers every port, so the script does too. */
export function sitePattern(origin: string): string | null {
  try {
    const { protocol, hostname } = new URL(origin);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return `${protocol}//${hostname}/*`;
  } catch {
    return null;
  }
}

/** A helpdesk pattern as far as one grant reaches: whole, narrowed to the granted host, or not at all. */
function withinGrant(pattern: ParsedPattern, grant: ParsedPattern): ParsedPattern | null {
  if (patternCovers(originOf(grant), pattern)) return pattern;
  const schemesMeet = grant.scheme === pattern.scheme || pattern.scheme === '*';
  if (schemesMeet && grant.scheme !== '*' && hostCovers(pattern.host, grant.host))
    return { scheme: grant.scheme, host: grant.host, path: pattern.path };
  return null;
}

export function wantedPatterns(sources: SiteSources): ParsedPattern[] {
  const grants = sources.granted.map(parsePattern).filter((grant): grant is ParsedPattern => grant !== null);
  const wanted: ParsedPattern[] = [];
  for (const helpdesk of sources.helpdesks) {
    for (const parsed of helpdesk.matches.map(parsePattern)) {
      if (!parsed) continue;
      for (const grant of grants) {
        const reach = withinGrant(parsed, grant);
        if (reach) wanted.push(reach);
      }
    }
  }
  for (const site of sources.sites) {
    const parsed = parsePattern(sitePattern(site) ?? '');
    if (parsed && grants.some((grant) => patternCovers(originOf(grant), parsed))) wanted.push(parsed);
  }
  // Keep one of each, and nothing a wider wanted pattern already matches.
  const unique = [...new Map(wanted.map((pattern) => [formatPattern(pattern), pattern])).values()];
  return unique.filter(
    (pattern) =>
      !unique.some((other) => other !== pattern && patternCovers(other, pattern) && !patternCovers(pattern, other)),
  );
}

/** One script per group of overlapping origins, so no page is ever matched twice. */
export function planSiteScripts(sources: SiteSources): PlannedScript[] {
  const groups: ParsedPattern[][] = [];
  for (const pattern of wantedPatterns(sources)) {
    const touching = groups.filter((group) => group.some((other) => originsOverlap(other, pattern)));
    const merged = [...touching.flat(), pattern];
    for (const group of touching) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  return groups
    .map((group) => {
      const matches = [...new Set(group.map(formatPattern))].sort();
      const origins = [...new Set(group.map((pattern) => formatPattern(originOf(pattern))))].sort();
      return { id: scriptIdFor(origins.join(' ')), matches };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

export interface SiteScriptsEnv {
  registry: ScriptRegistry;
  sources(): Promise<SiteSources>;
}

export interface SyncOutcome {
  /** Registered by this sync: new, or re-registered with other matches. */
  registered: PlannedScript[];
  /** Registered where nothing of ours was before: open tabs there have no detector yet. */
  added: PlannedScript[];
  unregistered: string[];
  failed: Array<{ id: string; error: string }>;
}

const isOurs = (id: string) => [SCRIPT_ID_PREFIX, ...LEGACY_PREFIXES].some((prefix) => id.startsWith(prefix));
const sameMatches = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((value, index) => value === [...b].sort()[index]);

/**
 * Makes the registrations equal the plan: called on every background start, grant,
 * revoke and change of the site lists. A registration that fails is reported and
 * the rest still go through.
 */
export async function syncSiteScripts(env: SiteScriptsEnv): Promise<SyncOutcome> {
  const plan = planSiteScripts(await env.sources());
  const current = (await env.registry.registered()).filter((script) => isOurs(script.id));
  const stale = current.filter((script) => {
    const planned = plan.find((candidate) => candidate.id === script.id);
    return !planned || !sameMatches(planned.matches, script.matches);
  });
  const kept = new Set(current.filter((script) => !stale.includes(script)).map((script) => script.id));
  const outcome: SyncOutcome = {
    registered: [],
    added: [],
    unregistered: stale.map((script) => script.id),
    failed: [],
  };
  const before = current.flatMap((script) => script.matches);
  await env.registry.unregister(outcome.unregistered);
  for (const script of plan.filter((candidate) => !kept.has(candidate.id))) {
    try {
      await env.registry.register(script.id, script.matches);
      outcome.registered.push(script);
      if (!script.matches.every((pattern) => before.includes(pattern))) outcome.added.push(script);
    } catch (error) {
      outcome.failed.push({ id: script.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcome;
}
