// Real IndexedDB semantics in Node: must be imported before Dexie opens anything.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import englishMessages from '@/public/_locales/en/messages.json';
import { setFallbackMessages } from '@/lib/i18n';
import { installFakePermissions } from '@/tests/setup/fake-permissions';

setFallbackMessages(englishMessages);

beforeEach(() => {
  fakeBrowser.reset();
  installFakePermissions();
});
