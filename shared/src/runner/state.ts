import * as core from '@actions/core';

/**
 * State handed from the main step to the post step (the runner passes it back as STATE_<name>).
 * Values are JSON so structured state (pids, paths) survives the trip.
 */
export function defineState<T extends Record<string, unknown>>() {
  return {
    save<K extends keyof T & string>(key: K, value: T[K]): void {
      core.saveState(key, JSON.stringify(value));
    },
    read<K extends keyof T & string>(key: K): T[K] | undefined {
      const raw = core.getState(key);
      if (raw === '') return undefined;
      try {
        return JSON.parse(raw) as T[K];
      } catch {
        return undefined;
      }
    },
  };
}
