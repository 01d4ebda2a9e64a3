import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { grantMailRights, writeSiteConfig } from '@/tests/real/rt-config';
import { assertRtInstalled, PRISTINE_DB, RT_SERVER, SYSTEM_DB } from '@/tests/real/rt-paths';

/**
 * The host name the browser uses for RT. Not 127.0.0.1: the demo build claims
 * http://127.0.0.1/* for its bundled demo helpdesk (lib/adapters/match-patterns.ts),
 * which would shadow the custom-site flow under test. A `.test` name (RFC 2606)
 * mapped to loopback with Chromium's --host-resolver-rules stands for the
 * customer's own address; node talks to 127.0.0.1 directly.
 */
export const RT_HOST = 'rt.heartdesk.test';

export interface RtServer {
  port: number;
  /** What the browser opens: http://rt.heartdesk.test:PORT */
  origin: string;
  /** What node's REST calls and rt-mailgate use: http://127.0.0.1:PORT */
  apiBase: string;
  /** The run's temp dir (config, database copy, caches, server log). */
  dir: string;
  log(): string;
  stop(): Promise<void>;
}

/** Copies the system database aside once; every run then starts from that copy. */
function pristineDatabase(): string {
  if (!existsSync(PRISTINE_DB)) {
    mkdirSync(dirname(PRISTINE_DB), { recursive: true });
    copyFileSync(SYSTEM_DB, `${PRISTINE_DB}.partial`);
    copyFileSync(`${PRISTINE_DB}.partial`, PRISTINE_DB);
    rmSync(`${PRISTINE_DB}.partial`);
  }
  return PRISTINE_DB;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForOk(url: string, child: ChildProcess, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`rt-server exited with ${child.exitCode}:\n${log()}`);
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`RT did not answer 200 on ${url} within ${timeoutMs} ms:\n${log()}`);
}

// Servers this process started, so an interrupted run (Ctrl-C, a crash) still ends them.
const running = new Set<number>();
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
function onSignal(signal: NodeJS.Signals): void {
  for (const pid of running) killGroup(pid, 'SIGKILL');
  // Re-raise when nobody else (vitest) handles the signal, so the process still ends.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
process.on('exit', () => running.forEach((pid) => killGroup(pid, 'SIGKILL')));
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);

/** A fresh RT on a free loopback port, from the pristine database, with mail rights granted. */
export async function startRt(): Promise<RtServer> {
  assertRtInstalled();
  const dir = mkdtempSync(join(tmpdir(), 'heartdesk-rt-'));
  const database = join(dir, 'rtdb');
  copyFileSync(pristineDatabase(), database);
  const port = await freePort();
  const env = writeSiteConfig({ dir, database, host: RT_HOST, port });
  grantMailRights(env);

  const logFile = join(dir, 'server.log');
  const out = openSync(logFile, 'a');
  // Its own process group (detached), so stop() ends the prefork workers with their parent.
  const child = spawn(RT_SERVER, ['--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', out, out],
  });
  const pid = child.pid!;
  running.add(pid);
  const log = () => readFileSync(logFile, 'utf8');
  const apiBase = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (!running.has(pid)) return;
    running.delete(pid);
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    killGroup(pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    // Workers may outlive the parent by a moment; the group gets the last word.
    killGroup(pid, 'SIGKILL');
    if (process.env.HEARTDESK_KEEP_RT !== '1') rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitForOk(`${apiBase}/`, child, 60_000, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, origin: `http://${RT_HOST}:${port}`, apiBase, dir, log, stop };
}
