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
import { activeAdapters } from '@/lib/adapters/active-adapters';
import { ADAPTERS } from '@/lib/adapters/index';
import { ACCESS_REVOKED, stopRevokedTabs } from '@/lib/sites/access-revoked';
import { adoptGrantedSites } from '@/lib/sites/adopt-granted-sites';
import { browserCustomSitesEnv, customSitesItem, loadManagedOrigins } from '@/lib/sites/custom-sites-browser';
import { injectIntoOpenTabs } from '@/lib/sites/inject-open-tabs';
import { onInstalled } from '@/lib/sites/on-installed';
import { createSiteSync } from '@/lib/sites/site-sync';
import { browserSiteScriptsEnv } from '@/lib/sites/site-scripts-browser';
import { loadFirstRun, saveFirstRun } from '@/lib/storage/first-run';
import { loadPreferences, preferencesItem } from '@/lib/storage/settings';
import { browserPolicySync } from '@/lib/policy/policy-browser';
import { agentChoicesItem } from '@/lib/storage/agent-choices';
import { organisationPolicyItem } from '@/lib/storage/organisation-policy';
import { reflectionReminderItem } from '@/lib/storage/reflection-reminder';
import { onReminderAlarm, scheduleReminder } from '@/lib/background/weekly-reminder';
import { browserReminderEnv, listenForReminderClicks } from '@/lib/background/weekly-reminder-browser';
import { createWordIndexer } from '@/lib/background/word-indexing';
import { createThreadMemory } from '@/lib/sites/thread-memory';

export default defineBackground(() => {
  const session = browser.storage.session as SessionArea | undefined;
  const health = createHealthStore(session);
  const threadMemory = createThreadMemory(session);
  const injectSidebar = async (tabId: number, frameId: number) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/sidebar.js'] });
  };
  const indexWords = createWordIndexer(journalDb);
  const openPage = async (page: 'journal' | 'options') => {
    if (page === 'options') await browser.runtime.openOptionsPage();
    else await browser.tabs.create({ url: browser.runtime.getURL('/journal.html') });
  };
  const route = createRouter(
    createHandlers({ db: journalDb, injectSidebar, health, threadMemory, indexWords, openPage }),
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => {
    void health.apply({ type: 'tab-closed', tabId });
    void threadMemory.apply({ type: 'tab-closed', tabId });
  });
  browser.commands.onCommand.addListener(
    (command, tab) =>
      void onFocusCommand(command, tab?.id, {
        activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
        sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
      }),
  );

  // The background alone registers the detector, following the browser's grants for built-in
  // helpdesks and the agent's own sites (the agent can revoke a grant in the browser's settings).
  const customSites = browserCustomSitesEnv();
  const resync = createSiteSync({
    scripts: browserSiteScriptsEnv({ managedOrigins: loadManagedOrigins }),
    customSites,
    reachOpenTabs: (added) =>
      injectIntoOpenTabs(added, browser.tabs, (tabId) =>
        browser.scripting.executeScript({ target: { tabId }, files: ['/helpdesk.js'] }),
      ),
    report: (error) => console.error('Heartdesk could not update where it runs', error),
  });
  void resync();
  browser.permissions.onAdded.addListener((added) => {
    const helpdeskPatterns = activeAdapters.flatMap((adapter) => adapter.matches);
    void adoptGrantedSites(added.origins ?? [], helpdeskPatterns, customSites)
      .catch((error: unknown) => console.error('Heartdesk could not list a granted site', error))
      .then(resync);
  });
  browser.permissions.onRemoved.addListener(() => {
    void resync().then(async () => {
      const tabIds = Object.values(await health.read()).map((entry) => entry.tabId);
      await stopRevokedTabs(
        tabIds,
        // Without the `tabs` permission a tab's address shows only while its host is granted.
        (tabId) =>
          browser.tabs.get(tabId).then(
            (tab) => tab.url !== undefined,
            () => true,
          ),
        (tabId) => browser.tabs.sendMessage(tabId, { type: ACCESS_REVOKED }),
      );
    });
  });
  customSitesItem.watch(() => void resync());
  preferencesItem.watch(() => void resync());

  // The organisation's settings (issue 20): the managed area, validated into the copy every
  // page reads, on every start and every change; rewritten if "wipe everything" removed it.
  // The sites follow the copy and the agent's choices about them.
  const policySync = browserPolicySync();
  void policySync();
  browser.runtime.onStartup.addListener(() => void policySync());
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void policySync();
  });
  organisationPolicyItem.watch(() => {
    void policySync();
    void resync();
  });
  agentChoicesItem.watch(() => void resync());

  browser.runtime.onInstalled.addListener((details) => {
    void onInstalled(details, {
      // The helpdesks 0.1.0 had required (the demo build's local helpdesk was never one of them).
      helpdesks: ADAPTERS,
      granted: async () => (await browser.permissions.getAll()).origins ?? [],
      switchedOff: async () => (await loadPreferences()).disabledHelpdesks,
      loadRecord: loadFirstRun,
      saveRecord: saveFirstRun,
      giveBack: (origins) => browser.permissions.remove({ origins }),
      openWelcome: () => browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }),
      now: () => Date.now(),
    }).catch((error: unknown) => console.error('Heartdesk could not finish installing', error));
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: SAVE_SELECTION_MENU_ID,
        title: t('contextMenuSaveSelection'),
        contexts: ['selection'],
      }),
    );
  });

  // Search words of a large restore, after a page closed before they were all written.
  void indexWords().catch((error: unknown) => console.error('Heartdesk could not index search words', error));

  // The optional weekly reflection reminder: one local alarm, one notification, nothing sent.
  const reminder = browserReminderEnv();
  const reschedule = () =>
    void scheduleReminder(reminder).catch((error: unknown) =>
      console.error('Heartdesk could not set the reminder', error),
    );
  reschedule();
  reflectionReminderItem.watch(reschedule);
  browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(reminder, alarm.name));
  listenForReminderClicks(reminder);

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
