/**
 * The layers of Heartdesk, declared once. Each folder lists the folders it may import;
 * everything else is an arrow back up (or sideways) and fails lint (eslint.config.js)
 * and the import-graph test (tests/architecture/import-graph.test.ts), which also reads
 * dynamic imports. docs/architecture.md explains the flow these lists encode.
 *
 * Reading path:   lib/dom ← lib/adapters ← lib/content
 * Judging path:   lib/engine ← lib/rules, lib/classify ← lib/analysis ← lib/coach (which also reads lib/rules' metadata)
 * Keeping path:   lib/journal ← lib/db ← lib/backup; lib/messaging ← lib/background
 */

/** Folders whose code only renders or wires up; they sit above every lib/ folder. */
const ALL_LIB = [
  'lib/i18n',
  'lib/zod-jitless',
  'lib/engine',
  'lib/links',
  'lib/rules',
  'lib/classify',
  'lib/analysis',
  'lib/prompts',
  'lib/coach',
  'lib/dom',
  'lib/adapters',
  'lib/content',
  'lib/sites',
  'lib/journal',
  'lib/db',
  'lib/storage',
  'lib/policy',
  'lib/backup',
  'lib/messaging',
  'lib/background',
];

/** The journal's data lives in the extension origin; code that runs in the helpdesk's page never reaches it. */
const JOURNAL_DATA = ['lib/journal', 'lib/db', 'lib/backup', 'lib/background'];

/** @type {Record<string, string[]>} */
export const LAYERS = {
  // Ground floor: no project imports.
  'lib/i18n': [],
  'lib/zod-jitless': [],
  'lib/engine': [],
  'lib/dom': [],
  // What of a ticket's address may be kept (issue 19): pure URL rules, shared by the
  // adapters (one rule per helpdesk) and the journal (every stored or exported link).
  'lib/links': [],
  // Judging: pure text in, findings and mood out.
  'lib/rules': ['lib/engine'],
  'lib/classify': ['lib/engine'],
  'lib/analysis': ['lib/engine', 'lib/rules', 'lib/classify'],
  'lib/prompts': ['lib/engine', 'lib/rules', 'lib/i18n'],
  // The coach reads rules' metadata (id → category, to place a prompt naming a rule on that
  // rule's card) and keys its rewrite builders by rule id; it never runs a rule itself.
  'lib/coach': ['lib/engine', 'lib/rules', 'lib/analysis', 'lib/classify', 'lib/prompts', 'lib/i18n'],
  // Reading the helpdesk page.
  'lib/adapters': ['lib/dom', 'lib/links'],
  'lib/content': ['lib/adapters', 'lib/dom', 'lib/messaging', 'lib/sites', 'lib/storage'],
  'lib/sites': ['lib/adapters', 'lib/storage'],
  // Keeping: pure formats, then IndexedDB, then whole-journal operations.
  'lib/journal': ['lib/i18n', 'lib/links'],
  // The journal's nudge counters are keyed by rule id, so they follow renames (lib/engine/renamed-ids.ts).
  // Links saved by older versions are cleaned when read (lib/links).
  'lib/db': ['lib/journal', 'lib/i18n', 'lib/engine', 'lib/links'],
  'lib/storage': ['lib/prompts', 'lib/engine'],
  // The organisation's managed settings (issue 20): read from the browser's managed area,
  // validated with the pack schema and the site checks, merged over the agent's own
  // settings. Beside lib/storage, above lib/sites, whose address checks it reuses; lib/sites
  // reads the validated copy from lib/storage, never from here, so there is no loop.
  'lib/policy': ['lib/storage', 'lib/prompts', 'lib/sites', 'lib/engine', 'lib/i18n'],
  // A backup holds everything the agent made, so it reads the custom sites (lib/sites) as well
  // as settings and packs, and words its preview of a restore itself (lib/i18n).
  'lib/backup': ['lib/db', 'lib/journal', 'lib/storage', 'lib/prompts', 'lib/sites', 'lib/i18n'],
  'lib/messaging': ['lib/journal', 'lib/sites'],
  // Adapters: a saved ticket link keeps only what the helpdesk's rule allows (lib/adapters/ticket-link.ts).
  'lib/background': [
    'lib/coach',
    'lib/db',
    'lib/journal',
    'lib/messaging',
    'lib/sites',
    'lib/storage',
    'lib/i18n',
    'lib/adapters',
  ],
  // React renders. The sidebar runs in the helpdesk's page and reaches the journal only through
  // messages, so it and the pieces it shares with the extension pages stay clear of the journal's data.
  'components/shared': ALL_LIB.filter((folder) => !JOURNAL_DATA.includes(folder)),
  'components/sidebar': [...ALL_LIB.filter((folder) => !JOURNAL_DATA.includes(folder)), 'components/shared'],
  'components/popup': [...ALL_LIB.filter((folder) => folder !== 'lib/background'), 'components/shared'],
  'components/journal': [...ALL_LIB.filter((folder) => folder !== 'lib/background'), 'components/shared'],
  'components/options': [...ALL_LIB.filter((folder) => folder !== 'lib/background'), 'components/shared'],
  // The welcome page's tour renders the real sidebar on a sample ticket, so it may use the sidebar's components.
  'components/welcome': [
    ...ALL_LIB.filter((folder) => folder !== 'lib/background'),
    'components/shared',
    'components/sidebar',
  ],
  // Entrypoints only wire things up, so they may import anything.
  entrypoints: [
    ...ALL_LIB,
    'components/shared',
    'components/sidebar',
    'components/popup',
    'components/journal',
    'components/options',
    'components/welcome',
  ],
};

/** The layer a repository path (`lib/db/wins.ts`) belongs to, or null outside the layers. */
export function layerOf(path) {
  const normalised = path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .replace(/\.(tsx?|js)$/, '');
  return Object.keys(LAYERS).find((layer) => normalised === layer || normalised.startsWith(`${layer}/`)) ?? null;
}

/** Layers a file in `layer` may not import (its own layer and the allowed ones excepted). */
export function forbiddenFor(layer) {
  return Object.keys(LAYERS).filter((other) => other !== layer && !LAYERS[layer].includes(other));
}
