import { createHash, generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_EXTENSION_DIR } from '@/tests/e2e/browser';

/**
 * What the policy end-to-end tests need around a real browser policy (issue 20): a copy of
 * the demo build pinned to an extension id of its own, and a Chromium policy file that names
 * only that id. This machine is shared, and every Chromium started while a policy file exists
 * reads it, so the id is new for each run (a fresh key), the file carries nothing but this
 * id's `3rdparty` data, and it is removed after the run, on Ctrl-C and on exit.
 */

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's extension id for a public key: the SHA-256 of its DER bytes, first 32 hex digits spelled a–p. */
export function extensionIdFor(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface PinnedBuild {
  dir: string;
  id: string;
  remove(): void;
}

/**
 * The demo build with a manifest `key` (test build only: the store manifest snapshot has none)
 * and, because headless Chromium cannot answer a permission prompt and no policy can grant an
 * optional host permission (docs/deploying.md), the managed site's host listed up front, as
 * the other custom-site tests do (tests/e2e/pre-granted-site.ts).
 */
export function pinnedDemoBuild(grantedHosts: readonly string[]): PinnedBuild {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const dir = mkdtempSync(join(tmpdir(), 'heartdesk-policy-'));
  cpSync(DEMO_EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[]; key?: string };
  manifest.key = der.toString('base64');
  manifest.host_permissions.push(...grantedHosts.map((host) => `https://${host}/*`));
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, id: extensionIdFor(der), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ChromiumPolicy {
  path: string;
  /** Replaces the extension's `3rdparty` data; Chromium notices the file change by itself. */
  write(settings: Record<string, unknown>): void;
  remove(): void;
}

/** A policy file for one extension id, removed on every way out of the test process. */
export function chromiumPolicyFor(extensionId: string): ChromiumPolicy {
  const path = join(CHROMIUM_POLICY_DIR, `heartdesk-e2e-${extensionId}.json`);
  const remove = () => rmSync(path, { force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    process.kill(process.pid, signal);
  };
  process.once('exit', remove);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    path,
    write(settings) {
      mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
      // Written in place: Chromium waits until a changed file has settled for a few seconds before reading it.
      writeFileSync(path, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: settings } } }));
    },
    remove() {
      remove();
      process.removeListener('exit', remove);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    },
  };
}

/** Policy files are root's to write: elsewhere the test says so and skips. */
export function canWritePolicies(): boolean {
  return process.getuid?.() === 0;
}
