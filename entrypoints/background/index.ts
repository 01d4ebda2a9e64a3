import '@/lib/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onFocusCommand } from '@/lib/background/focus-sidebar';
import { createHandlers } from '@/lib/background/handlers';
import { SAVE_SELECTION_MENU_ID, saveSelectionAsWin } from '@/lib/background/context-menu';
import { journalDb } from '@/lib/db/database';
import { createRouter } from '@/lib/messaging/router';
import { t } from '@/lib/i18n';
import { createHealthStore, type SessionArea } from '@/lib/sites/health-store';
import { syncCustomSites } from '@/lib/sites/custom-sites';
import { browserCustomSitesEnv, customSitesItem } from '@/lib/sites/custom-sites-browser';

export default defineBackground(() => {
  const health = createHealthStore(browser.storage.session as SessionArea | undefined);
  const injectSidebar = async (tabId: number, frameId: number) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/sidebar.js'] });
  };
  const openPage = async (page: 'journal' | 'options') => {
    if (page === 'options') await browser.runtime.openOptionsPage();
    else await browser.tabs.create({ url: browser.runtime.getURL('/journal.html') });
  };
  const route = createRouter(
    createHandlers({ db: journalDb, injectSidebar, health, openPage }),
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void health.apply({ type: 'tab-closed', tabId }));
  browser.commands.onCommand.addListener(
    (command, tab) =>
      void onFocusCommand(command, tab?.id, {
        activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
        sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
      }),
  );

  // Custom sites: the background alone registers their scripts, following the list and the
  // browser's grants (the agent can revoke a grant in the browser's own settings).
  const sites = browserCustomSitesEnv();
  let syncing: Promise<unknown> = Promise.resolve();
  const resync = () => {
    syncing = syncing
      .then(() => syncCustomSites(sites))
      .catch((error: unknown) => console.error('Heartdesk could not sync custom sites', error));
  };
  resync();
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  customSitesItem.watch(resync);

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: SAVE_SELECTION_MENU_ID,
        title: t('contextMenuSaveSelection'),
        contexts: ['selection'],
      }),
    );
  });

  const action = browser.action ?? browser.browserAction;
  browser.contextMenus.onClicked.addListener(async (info) => {
    try {
      if (!(await saveSelectionAsWin(journalDb(), info))) return;
      await action.setBadgeText({ text: '✓' });
      setTimeout(() => void action.setBadgeText({ text: '' }), 2_000);
    } catch (error) {
      console.error('Heartdesk could not save the selection as a win', error);
      await action.setBadgeText({ text: '!' });
    }
  });
});
