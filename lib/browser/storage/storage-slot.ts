import type * as z from 'zod/mini';

/** One value kept in the browser's localStorage under one key, checked against its schema on every read. */
export interface StorageSlot<T> {
  readonly key: string;
  /** The stored value, or null when there is none, it does not parse, or storage is unavailable. */
  read(): T | null;
  /** Stores the value (null removes it); returns false when the browser refused (private mode, full quota). */
  write(value: T | null): boolean;
}

type Listener = () => void;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage ?? null;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return null;
  }
}

function notify() {
  for (const listener of [...listeners]) listener();
}

export function storageSlot<T>(key: string, schema: z.ZodMiniType<T>): StorageSlot<T> {
  return {
    key,
    read() {
      try {
        const raw = storage()?.getItem(key);
        if (raw == null) return null;
        const parsed = schema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    write(value) {
      let stored = true;
      try {
        const store = storage();
        if (!store) stored = false;
        else if (value === null) store.removeItem(key);
        else store.setItem(key, JSON.stringify(value));
      } catch {
        stored = false;
      }
      notify();
      return stored;
    },
  };
}

/**
 * Calls the listener after any slot is written in this tab, or when another tab changes storage.
 * Returns the unsubscribe function (fits React's useSyncExternalStore).
 */
export function onStorageChange(listener: Listener): () => void {
  listeners.add(listener);
  const other = typeof window === 'undefined' ? null : window;
  other?.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    other?.removeEventListener('storage', listener);
  };
}
