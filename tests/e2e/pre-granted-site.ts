import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './browser';

/**
 * Headless Chromium cannot answer a permission prompt, so custom-site tests run a
 * copy of the demo build whose manifest already grants `host`, mapped to 127.0.0.1
 * over the local HTTPS fixture server. Everything after the grant is the real flow.
 */
export async function launchWithPreGrantedSite(
  host: string,
): Promise<{ browser: ExtensionBrowser; extensionDir: string }> {
  const extensionDir = mkdtempSync(join(tmpdir(), 'heartdesk-site-'));
  cpSync(DEMO_EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push(`https://${host}/*`);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const browser = await launchWithExtension({
    extensionDir,
    args: [`--host-resolver-rules=MAP ${host} 127.0.0.1`, '--ignore-certificate-errors'],
  });
  return { browser, extensionDir };
}
