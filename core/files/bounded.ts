/** Thrown when a file-system call has not answered in time (an unplugged network share). */
export class TimedOut extends Error {
  constructor(readonly what: string) {
    super(`${what} did not answer in time`);
    this.name = 'TimedOut';
  }
}

/** Calls that gave up waiting but have not answered yet, by what they touch: each holds one of Node's few file-system threads. */
const hanging = new Set<string>();

/**
 * Runs an asynchronous file-system call on `key` (a folder) and gives up after `timeoutMs`. While an earlier call on
 * the same key still hangs, answers at once with `TimedOut` instead of tying up another thread on it.
 */
export async function bounded<T>(key: string, timeoutMs: number, call: () => Promise<T>): Promise<T> {
  if (hanging.has(key)) throw new TimedOut(key);
  let settled = false;
  const running = call().finally(() => {
    settled = true;
    hanging.delete(key);
  });
  running.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      if (!settled) hanging.add(key);
      reject(new TimedOut(key));
    }, timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
