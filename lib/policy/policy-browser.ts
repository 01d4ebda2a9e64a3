import { browser } from 'wxt/browser';
import { organisationPolicyItem } from '@/lib/storage/organisation-policy';
import { createPolicySync } from '@/lib/policy/policy-sync';

/** The real browser behind the policy sync (background only). */
export function browserPolicySync(): () => Promise<void> {
  return createPolicySync({
    readManaged: () => browser.storage.managed.get(),
    loadCopy: () => organisationPolicyItem.getValue(),
    saveCopy: (policy) => (policy ? organisationPolicyItem.setValue(policy) : organisationPolicyItem.removeValue()),
    report: (error) => console.error('Heartdesk could not read your organisation’s settings', error),
  });
}
