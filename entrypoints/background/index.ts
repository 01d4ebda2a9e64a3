import '@/lib/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/lib/background/handlers';
import { SAVE_SELECTION_MENU_ID, saveSelectionAsWin } from '@/lib/background/context-menu';
import { journalDb } from '@/lib/db/database';
import { createRouter } from '@/lib/messaging/router';
import { t } from '@/lib/i18n';

export default defineBackground(() => {
  const injectSidebar = async (tabId: number, frameId: number) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/sidebar.js'] });
  };
  const route = createRouter(
    createHandlers({ db: journalDb, injectSidebar }),
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

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
