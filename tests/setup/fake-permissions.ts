import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (permissions: { origins?: string[] }) => void;

/**
 * WXT's fake browser leaves `permissions` unimplemented. Pages now read the grants
 * (issue 18), so unit tests get an in-memory one: nothing granted, every request
 * allowed unless a test says otherwise, grants held origin-level as the browsers do.
 */
export const fakePermissions = {
  granted: new Set<string>(),
  answer: true,
  requests: [] as string[][],
};

const held = (pattern: string) => pattern.replace(/^([a-z*]+:\/\/[^/]+)\/.*$/, '$1/*');

export function installFakePermissions(): void {
  fakePermissions.granted.clear();
  fakePermissions.answer = true;
  fakePermissions.requests = [];
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const event = (listeners: Set<Listener>) => ({
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
  });
  Object.assign(fakeBrowser.permissions, {
    getAll: async () => ({ origins: [...fakePermissions.granted], permissions: [] }),
    contains: async ({ origins = [] }: { origins?: string[] }) =>
      origins.every((origin) => fakePermissions.granted.has(held(origin))),
    request: async ({ origins = [] }: { origins?: string[] }) => {
      fakePermissions.requests.push(origins);
      if (!fakePermissions.answer) return false;
      for (const origin of origins) fakePermissions.granted.add(held(origin));
      for (const listener of added) listener({ origins });
      return true;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      for (const origin of origins) fakePermissions.granted.delete(held(origin));
      for (const listener of removed) listener({ origins });
      return true;
    },
    onAdded: event(added),
    onRemoved: event(removed),
  });
}
