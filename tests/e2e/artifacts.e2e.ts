/**
 * Checks on what ships (run after the builds): the manifests against approved
 * snapshots, least privilege, no remote URLs, and no IndexedDB code in the
 * content script. Set UPDATE_MANIFEST_SNAPSHOT=1 to approve a manifest change on purpose.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtinMatchPatterns } from '@/lib/adapters/match-patterns';
import { REPO_ROOT } from '@/tests/e2e/browser';

const BUILDS = { 'chrome-mv3': 'chrome-mv3.json', 'firefox-mv2': 'firefox-mv2.json' } as const;
const SNAPSHOTS = join(REPO_ROOT, 'tests/fixtures/manifest');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// URLs that appear as plain strings in bundled libraries and are never requested,
// each checked by hand: XML namespaces for SVG, React's and Dexie's documentation
// links in error messages, WXT's logger hints, zod's JSON-schema identifiers and
// its IPv6 URL template, MDN's page cited by the shadow-root helper's error.
const LIBRARY_STRINGS = [
  /^http:\/\/www\.w3\.org\//,
  /^https:\/\/react\.dev\/errors\//,
  /^https:\/\/tinyurl\.com\/y2uuvskb$/,
  /^http:\/\/bit\.ly\/2kdckMn$/,
  /^https:\/\/(wxt\.dev|github\.com\/wxt-dev)\//,
  /^https?:\/\/json-schema\.org\//,
  /^http:\/\/\[\$\{/,
  /^https:\/\/developer\.mozilla\.org\/en-US\/docs\/Web\/API\/Element\/attachShadow/,
  // The optional host permission for sites the agent adds (a pattern, granted per site on request),
  // and the origin built from the address the agent types in (https://${host}).
  /^https?:\/\/\*\/\*$/,
  /^https?:\/\/\$\{[a-zA-Z_$][\w$]*\}$/,
  // Example addresses of self-hosted helpdesks (Request Tracker has no address of its own): names
  // reserved by RFC 2606 that never resolve, so nothing can be loaded from them.
  /^https?:\/\/([a-z0-9-]+\.)*example\.(com|org|net)\//,
];

// Helpdesk match patterns and example ticket URLs are data (where the sidebar may run), not requests.
const helpdeskHosts = builtinMatchPatterns().map((pattern) => new URL(pattern.replace('*.', 'wildcard.')).hostname);
function isHelpdeskUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url.replace('*.', 'wildcard.').replace(/\*$/, '')).hostname;
  } catch {
    return false;
  }
  return helpdeskHosts.some(
    (known) => known === host || (known.startsWith('wildcard.') && host.endsWith(known.slice('wildcard'.length))),
  );
}
const HARMLESS_URLS = LIBRARY_STRINGS;

describe.each(Object.entries(BUILDS))('%s build', (build, snapshotName) => {
  const dir = join(REPO_ROOT, '.output', build);
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;

  it('matches the approved manifest snapshot', () => {
    const snapshotPath = join(SNAPSHOTS, snapshotName);
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    if (process.env.UPDATE_MANIFEST_SNAPSHOT === '1' || !existsSync(snapshotPath)) writeFileSync(snapshotPath, text);
    expect(manifest).toEqual(JSON.parse(readFileSync(snapshotPath, 'utf8')));
  });

  it('asks for least privilege: nothing site-specific at install (issue 18)', () => {
    const permissions = (manifest.permissions as string[]) ?? [];
    const apiPermissions = permissions.filter((p) => !p.includes('://'));
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    for (const forbidden of [
      'tabs',
      'webRequest',
      'webRequestBlocking',
      'history',
      'cookies',
      'management',
      'debugger',
    ]) {
      expect(apiPermissions).not.toContain(forbidden);
    }
    // No host in the install prompt: none required, and no content script whose matches would count as one.
    expect(permissions.filter((p) => p.includes('://'))).toEqual([]);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('externally_connectable');
    // A pinned id (manifest `key`) is for the policy test's build only (tests/e2e/policy-support.ts); a store build never carries one.
    expect(manifest).not.toHaveProperty('key');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    // Each helpdesk is asked for on its own when the agent picks it; these only say it may be asked.
    const optional = (manifest.optional_host_permissions ?? manifest.optional_permissions) as string[];
    expect(optional.filter((p) => p.includes('://'))).toEqual(['https://*/*', 'http://*/*']);
    // The weekly reminder's notification is asked for only when the agent turns it on (issue 16);
    // its alarm needs no prompt. Nothing else is optional.
    const optionalApis = ((manifest.optional_permissions as string[]) ?? []).filter((p) => !p.includes('://'));
    expect(optionalApis).toEqual(['notifications']);
    expect(apiPermissions).not.toContain('notifications');
  });

  it('never runs on local addresses (the demo build is separate)', () => {
    expect(JSON.stringify(manifest)).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  it('contains no remote URL that code could load', () => {
    const found: string[] = [];
    for (const file of files(dir).filter((path) => /\.(js|html|json|css)$/.test(path))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bhttps?:\/\/[^\s"'`)<>\\]+/g)) {
        const url = match[0];
        // "https://…" in a placeholder has no host at all.
        const hasHost = /^https?:\/\/[^/]*[A-Za-z0-9]/.test(url);
        if (hasHost && !HARMLESS_URLS.some((pattern) => pattern.test(url)) && !isHelpdeskUrl(url))
          found.push(`${relative(dir, file)}: ${url}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('keeps IndexedDB code out of everything that runs in helpdesk pages', () => {
    for (const script of ['helpdesk.js', 'sidebar.js']) {
      expect(readFileSync(join(dir, script), 'utf8')).not.toMatch(/Dexie|indexedDB\.open/);
    }
  });

  it('keeps the detector that every helpdesk page loads within 25 KB gzip', () => {
    expect(gzipSync(readFileSync(join(dir, 'helpdesk.js'))).length).toBeLessThanOrEqual(25 * 1024);
  });

  /**
   * Issue 9's budget for a ticket view is 110 KB; React's DOM renderer alone is about
   * 64 KB of that and the engine with its model about 35 KB, so it cannot be met with
   * React (README, Performance). This guard keeps what is there from growing unnoticed:
   * it sits about 5 % above the last measurement, so growth has to be chosen, not drifted into.
   * History (detector + sidebar, gzip level 9): 132 KB under a 136 KB guard; the 64K mood model
   * (issue 15) and the reader's work (issue 13) took main at ab935ca to 171.2 KB (15.6 + 155.6);
   * issue 14 adds the coach's view, its rewrites built from the agent's sentence and the compact
   * sidebar (+15.9 KB): 187.1 KB measured (15.6 + 171.5), guarded at 196 KB. Issue 15's draft
   * shapes and learned second opinion (rules bundle 14.2 → 34.6 KB gzip) and issue 16's win
   * details took it to 208.6 KB (15.6 + 193.0), guarded at 219 KB. Issue 15's later passes: the
   * learned second opinion grown for recall on drafts by other hands (3.3 → 7.1 KB gzip of weights,
   * two learned rules restored) and the word scan that runs long phrase lists only where they can
   * start (+2.4 KB, a draft never seen 471 → 407 µs): 218.9 KB (15.7 + 203.2), guarded at 230 KB.
   * Session of 2026-12-07 (+15.9 KB, chosen): the learned opinion's weights 7.1 → 9.2 KB, urgency
   * read by shape, the pre-send check's past actions and dated events, one card per words with its
   * titles and rewrites, the rail's signs drawn as SVG on the collapsed tab too, the top-bar finder
   * that keeps the rail panel off Request Tracker's menus: 234.8 KB (14.9 + 219.9), guarded at 246 KB.
   * The size pass of the same day found nothing to take out of the sidebar short of its renderer
   * (docs/performance.md, "What each bundle holds") and paid 0.6 KB for the rule-id table that keeps
   * the engine out of the background: 235.8 KB (14.9 + 220.9), guarded at 240 KB. 2026-12-07 (third
   * session): blame put on another party read by shape, one title per sentence from all its findings,
   * acknowledging the wait, the rail's strip and one-line mood: 241.5 KB (14.9 + 226.6; the same
   * build of the session's first commit measured 238.5), guarded at 244 KB. Fifth session of
   * 2026-12-07 (+6.8 KB from 243.1, chosen): a pre-send check that holds still while the agent
   * types and quotes the words answering a "no", prompt titles by what they ask, the open rail
   * kept clear of the page's form controls, "More below", refusals stated as facts and fault put
   * elsewhere read by shape, urgency and sadness cues for hardship, children and near departures:
   * 249.9 KB (14.9 + 235.0), guarded at 252 KB. Sixth session of 2026-12-07 (+4.4 KB from 250.4 as
   * this test measures it, chosen): a general rule given as the whole answer read as a "no" and new
   * talking-down and hedging shapes (+2.0), blame for a failure told as the reason the customer went
   * without (+0.8), the thank-you card without the signature and the "no" tick's quote before it
   * (+0.7), the cold path's direct-index weights and the request-sign-off cue (+0.6): 254.7 KB
   * (14.9 + 239.8) with an idle warm-up since taken out again, guarded at 258 KB. Seventh session of
   * 2026-12-07 (+6.3 KB from 254.4, chosen): the casual add-on to the mood model and its register
   * gate (+2.4; GoEmotions frustration F1 .445 -> .462, support unchanged), quiet blame, hedged times
   * and our side's state as the whole answer read by shape, the pre-send check's offers and hedged
   * times, the rail's check for the page's boxes before it opens (Request Tracker's Dates box at 1280
   * px), the one-line quote, and the warm-up on the reply's focus: 260.7 KB, guarded at 263 KB.
   * Session of 2026-12-08 (+7.7 KB, chosen, measured as the sum of the session's merges): blame on a
   * person or role at our end read by shape with its rewrites (lib/rules/shared/staff-at-fault.ts),
   * quiet refusals and final facts as the whole answer, quiet talking-down shapes (quiet-talk-down.ts);
   * the retrained weights 0.1 KB smaller. Drafts by another hand (blind-18, never tuned on) recall
   * .571 -> .586 at nag .054 -> .047: 268.4 KB, guarded at 271 KB.
   */
  it('keeps the detector plus the sidebar with its engine within 271 KB gzip (regression guard)', () => {
    const gzip = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
    expect(gzip('helpdesk.js') + gzip('sidebar.js')).toBeLessThanOrEqual(271 * 1024);
  });

  /**
   * The background worker validates rule ids in packs and policies; it once imported the rule
   * registry for them, which put every rule, phrase table and learned weight into it (156.2 KB
   * gzip). With the ids as a table (lib/engine/rule-ids.ts) it is Dexie, zod and the wiring:
   * 91.8 KB, guarded at 96 KB, and no rule's code.
   */
  it('keeps the rule engine out of the background worker, within 96 KB gzip', () => {
    const background = readFileSync(join(dir, 'background.js'));
    expect(gzipSync(background, { level: 9 }).length).toBeLessThanOrEqual(96 * 1024);
    // A phrase only the engine's rules and models carry (lib/rules/shared/negated-clauses.ts).
    expect(background.toString('utf8')).not.toContain('price-match intervene');
  });

  it('keeps the schema library out of code that runs in helpdesk pages', () => {
    for (const script of ['helpdesk.js', 'sidebar.js']) {
      expect(readFileSync(join(dir, script), 'utf8')).not.toMatch(/ZodError|_zod\b/);
    }
  });
});

describe('firefox-mv2 build', () => {
  it('declares that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, '.output/firefox-mv2/manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
