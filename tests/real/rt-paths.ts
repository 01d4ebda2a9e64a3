import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where Debian's packages put Request Tracker 5 (request-tracker5, rt5-db-sqlite, rt5-standalone, rt5-clients). */
export const RT_LIB = '/usr/share/request-tracker5/lib';
export const RT_SERVER = '/usr/share/request-tracker5/libexec/rt-server';
export const RT_MAILGATE = '/usr/bin/rt-mailgate-5';
/** The database dbconfig-common made at install time; never written by these tests. */
export const SYSTEM_DB = '/var/lib/dbconfig-common/sqlite3/request-tracker5/rtdb';
/** A copy of SYSTEM_DB taken on first use, so a later change to the system install cannot leak into runs. */
export const PRISTINE_DB = join(
  process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'),
  'heartdesk',
  'rt5-pristine.rtdb',
);

export const INSTALL_HINT =
  'Request Tracker 5 is needed for the real-helpdesk tests (tests/real). Install it from Debian with:\n' +
  '  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y request-tracker5 rt5-db-sqlite rt5-standalone\n' +
  '(.ci/run does this on CI.)';

/** Fails with the install command rather than skipping: a skip would hide a CI that lost RT. */
export function assertRtInstalled(): void {
  // The system database is only needed until the pristine copy exists.
  const needed = [RT_SERVER, RT_MAILGATE, RT_LIB, ...(existsSync(PRISTINE_DB) ? [] : [SYSTEM_DB])];
  const missing = needed.filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`${INSTALL_HINT}\nMissing: ${missing.join(', ')}`);
}
