import { createJiti } from 'jiti';
import { defineConfig } from 'wxt';
import type * as MatchPatterns from '@/lib/adapters/match-patterns';

// Project code imports itself as `@/…` (docs/architecture.md). WXT loads this file before
// any bundler alias exists, so the adapters' match patterns are read through a jiti that
// knows the alias: the demo build pre-grants the very pattern the demo adapter matches.
const withAlias = createJiti(import.meta.url, { alias: { '@/': `${import.meta.dirname}/` } });
const { DEMO_MATCH_PATTERNS } = await withAlias.import<typeof MatchPatterns>('./lib/adapters/match-patterns.ts');

// A stable id for the Firefox build (storage and permissions are keyed on it).
const GECKO_ID = 'heartdesk@heartdesk.app';

/**
 * Nothing site-specific is asked at install (issue 18): every helpdesk host, the
 * built-in ones included, is an optional host permission the agent grants on the
 * welcome page, the options page or from the toolbar button, and the background
 * registers the detector where a grant exists (lib/sites/site-scripts.ts). So
 * there is no `host_permissions` and no `content_scripts` entry: either would put
 * sites in the install prompt. The optional "any https or http host" patterns only say
 * which hosts may be asked for later; optional permissions add nothing to the install prompt.
 *
 * The demo build (HEARTDESK_DEMO=1, used by `npm run demo`, the e2e tests and the
 * bench) is the same production bundle with the local demo helpdesk on 127.0.0.1
 * granted, as a test build standing in for an agent who allowed one helpdesk.
 * It goes to its own folder, so a store zip can never run on local addresses.
 */
const demoBuild = process.env.HEARTDESK_DEMO === '1';
const optionalHosts = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}${demoBuild ? '-demo' : ''}{{modeSuffix}}`,
  vite: () => ({ define: { 'import.meta.env.HEARTDESK_DEMO': JSON.stringify(demoBuild) } }),
  manifest: ({ browser, manifestVersion }) => {
    const preGranted = demoBuild ? DEMO_MATCH_PATTERNS : [];
    // The weekly reflection reminder's notification: asked for only when the agent turns it on.
    const optionalApis = ['notifications'];
    return {
      name: '__MSG_extensionName__',
      description: '__MSG_extensionDescription__',
      default_locale: 'en',
      permissions: [
        'storage',
        'contextMenus',
        'activeTab',
        'scripting',
        'unlimitedStorage',
        // The weekly reflection reminder's local timer (no install warning).
        'alarms',
        // MV2 lists hosts among the permissions; there is none in a store build.
        ...(manifestVersion === 2 ? preGranted : []),
      ],
      ...(manifestVersion === 3 && preGranted.length > 0 ? { host_permissions: preGranted } : {}),
      ...(manifestVersion === 3
        ? { optional_permissions: optionalApis, optional_host_permissions: optionalHosts }
        : { optional_permissions: [...optionalHosts, ...optionalApis] }),
      action: { default_title: '__MSG_actionTitle__' },
      // An organisation's settings through enterprise policy (issue 20, docs/deploying.md). Chrome and
      // Edge check the policy against this schema before Heartdesk sees it; Firefox has no such schema
      // (it reads policies.json's 3rdparty section as it is), so the key stays out of its manifest.
      ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
      commands: {
        [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
          suggested_key: { default: 'Alt+Shift+H' },
          description: '__MSG_commandOpenPopup__',
        },
        // Moves the keyboard into the sidebar (issue 14); Esc there hands it back to the reply.
        'focus-sidebar': {
          suggested_key: { default: 'Alt+Shift+S' },
          description: '__MSG_commandFocusSidebar__',
        },
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              // data_collection_permissions needs Firefox for Android 142.
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
  hooks: {
    // The helpdesk detector is an unlisted script (not a WXT content script, whose start-up
    // event page scripts could hear), registered at run time where access was granted.
    // It asks the background to inject /sidebar.js on ticket views.
    'build:manifestGenerated': (_wxt, manifest) => {
      delete manifest.content_scripts;
      // WXT fills the action title from the popup's <title>; the toolbar tooltip is translated.
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
  },
  zip: {
    excludeSources: ['test-output/**', 'bench-output/**', '.output/**', 'demo.png'],
  },
});
