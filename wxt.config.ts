import { createJiti } from 'jiti';
import { defineConfig } from 'wxt';
import type * as MatchPatterns from '@/lib/adapters/match-patterns';

// Project code imports itself as `@/…` (docs/architecture.md). WXT loads this file before
// any bundler alias exists, so the adapters' match patterns are read through a jiti that
// knows the alias: the manifest is built from the very objects the detector uses.
const withAlias = createJiti(import.meta.url, { alias: { '@/': `${import.meta.dirname}/` } });
const { builtinMatchPatterns, DEMO_MATCH_PATTERNS } = await withAlias.import<typeof MatchPatterns>(
  './lib/adapters/match-patterns.ts',
);

// A stable id for the Firefox build (storage and permissions are keyed on it).
const GECKO_ID = 'heartdesk@heartdesk.app';

/**
 * The store build only matches the supported helpdesks. The demo build
 * (HEARTDESK_DEMO=1, used by `npm run demo`, the e2e tests and the bench) is the
 * same production bundle plus the local demo helpdesk on 127.0.0.1, written to
 * its own folder, so a store zip can never run on local addresses.
 */
const demoBuild = process.env.HEARTDESK_DEMO === '1';
const helpdeskPatterns = () => [...builtinMatchPatterns(), ...(demoBuild ? DEMO_MATCH_PATTERNS : [])];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}${demoBuild ? '-demo' : ''}{{modeSuffix}}`,
  vite: () => ({ define: { 'import.meta.env.HEARTDESK_DEMO': JSON.stringify(demoBuild) } }),
  manifest: ({ browser, manifestVersion }) => {
    const helpdeskHosts = helpdeskPatterns();
    const optionalHosts = ['https://*/*', 'http://*/*'];
    return {
      name: '__MSG_extensionName__',
      description: '__MSG_extensionDescription__',
      default_locale: 'en',
      permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'unlimitedStorage'],
      host_permissions: helpdeskHosts,
      ...(manifestVersion === 3
        ? { optional_host_permissions: optionalHosts }
        : { optional_permissions: optionalHosts }),
      action: { default_title: '__MSG_actionTitle__' },
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
    // The helpdesk detector is an unlisted script registered here (not a WXT content
    // script, whose start-up event page scripts could hear), on the same patterns as
    // the host permissions. It asks the background to inject /sidebar.js on ticket views.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [{ matches: helpdeskPatterns(), js: ['helpdesk.js'], run_at: 'document_idle' }];
      // WXT fills the action title from the popup's <title>; the toolbar tooltip is translated.
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
  },
  zip: {
    excludeSources: ['test-output/**', 'bench-output/**', '.output/**', 'demo.png'],
  },
});
