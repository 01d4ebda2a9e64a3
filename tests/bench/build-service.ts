/**
 * esbuild's build() for the bench, surviving a killed build service. The Node API keeps one
 * esbuild child process for the whole run; when that child dies from outside, every later
 * build() fails with "The service is no longer running" (and no reason) until stop() is called.
 * Reproduced by killing the child by its pid between two builds: the second fails with exactly
 * the message of the reader section in the 04:12 run of 2026-12-07, and a build after stop()
 * starts a new child and succeeds. That run's page section lost its Chromium too, and both
 * sections pass when run alone: most likely a broad `pkill` by another shell on this shared
 * machine, which the bench cannot prevent but can outlive (see run.ts, section()).
 */
import { build, stop, type BuildOptions, type BuildResult } from 'esbuild';

const DEAD_SERVICE = 'The service is no longer running';

// The signature of esbuild's own build() (its SameShape helper is not exported).
type SameShape<Out, In extends Out> = In & { [Key in Exclude<keyof In, keyof Out>]: never };

export async function buildWithService<Options extends BuildOptions>(
  options: SameShape<BuildOptions, Options>,
): Promise<BuildResult<Options>> {
  try {
    return await build(options);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith(DEAD_SERVICE)) throw error;
    // stop() forgets the dead child; the next build() starts a new one.
    await stop();
    return build(options);
  }
}
