/**
 * Runs read-modify-write tasks one after another. Without it two quick clicks
 * (quiet mode, then pre-send check) each read the same old value and the second
 * write silently undoes the first. Per page only: other pages watch and re-read.
 */
export function createWriteQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}
