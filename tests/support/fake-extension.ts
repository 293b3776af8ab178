/**
 * An in-memory fake of the extension APIs the service worker uses, for unit tests of the real
 * worker modules (src/background/*). Promise-based, like webextension-polyfill and MV3 chrome.*.
 *
 * Storage values are deep-cloned through JSON on the way in and out, as Chrome serializes them:
 * `undefined` properties vanish, a stored object is never shared with the caller. storage.local
 * enforces a configurable QUOTA_BYTES (10 MiB, Chrome's default without unlimitedStorage) the way
 * Chrome counts it (key + JSON of the value, in UTF-8 bytes), and `failNextSets(n)` makes the next
 * n `set` calls reject with Chrome's own message, whatever their size.
 *
 * Use it with vi.mock so that `import browser from 'webextension-polyfill'` in the worker gets it:
 *
 *   vi.mock('webextension-polyfill', async () =>
 *     (await import('../support/fake-extension')).polyfillModule());
 *
 * The fake is one object per test file (kept on globalThis), so after `vi.resetModules()` a
 * re-imported worker sees the same storage, like a service worker the browser restarted.
 * polyfillModule() also sets `globalThis.chrome` for modules that use chrome.* directly.
 */

export const QUOTA_MESSAGE = 'QUOTA_BYTES quota exceeded';
export const LOCAL_QUOTA_BYTES = 10 * 1024 * 1024;
export const SESSION_QUOTA_BYTES = 10 * 1024 * 1024;

type Keys = null | undefined | string | string[] | Record<string, unknown>;
type Listener = (...args: never[]) => unknown;

const utf8 = new TextEncoder();
const byteLength = (text: string) => utf8.encode(text).length;
/** What Chrome counts for one item: the key and the JSON of its value. */
const entryBytes = (key: string, text: string) => byteLength(key) + byteLength(text);

/** JSON round trip: what Chrome's structured storage keeps of a value. */
function jsonClone<T>(value: T): T {
  const text = JSON.stringify(value);
  return (text === undefined ? undefined : JSON.parse(text)) as T;
}

export class FakeStorageArea {
  /** key → JSON text of the value. Change it through the methods (sizes are kept alongside). */
  readonly data = new Map<string, string>();
  private readonly sizes = new Map<string, number>();
  private used = 0;
  /** Writes that would bring the area above this many bytes reject, as in Chrome. */
  QUOTA_BYTES: number;
  /** Every set call, kept for assertions: the keys written and whether it was refused. */
  readonly setLog: { keys: string[]; rejected: boolean }[] = [];
  private failures = 0;
  private failMessage = QUOTA_MESSAGE;

  constructor(quota: number) {
    this.QUOTA_BYTES = quota;
  }

  /** The next `count` set calls reject (with Chrome's quota message unless told otherwise). */
  failNextSets(count: number, message = QUOTA_MESSAGE): void {
    this.failures = count;
    this.failMessage = message;
  }

  get pendingFailures(): number {
    return this.failures;
  }

  async get(keys?: Keys): Promise<Record<string, unknown>> {
    await tick();
    const out: Record<string, unknown> = {};
    if (keys === null || keys === undefined) {
      for (const [key, text] of this.data) out[key] = JSON.parse(text);
      return out;
    }
    if (typeof keys === 'string') keys = [keys];
    if (Array.isArray(keys)) {
      for (const key of keys) {
        const text = this.data.get(key);
        if (text !== undefined) out[key] = JSON.parse(text);
      }
      return out;
    }
    for (const [key, fallback] of Object.entries(keys)) {
      const text = this.data.get(key);
      out[key] = text !== undefined ? JSON.parse(text) : jsonClone(fallback);
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await tick();
    if (typeof items !== 'object' || items === null || Array.isArray(items)) {
      throw new TypeError('storage.set: items must be an object');
    }
    const keys = Object.keys(items);
    if (this.failures > 0) {
      this.failures--;
      this.setLog.push({ keys, rejected: true });
      throw new Error(this.failMessage);
    }
    const next = new Map<string, string>();
    for (const key of keys) {
      const text = JSON.stringify(items[key]);
      if (text !== undefined) next.set(key, text);
    }
    let total = this.used;
    for (const [key, text] of next) total += entryBytes(key, text) - (this.sizes.get(key) ?? 0);
    if (total > this.QUOTA_BYTES) {
      this.setLog.push({ keys, rejected: true });
      throw new Error(QUOTA_MESSAGE);
    }
    this.setLog.push({ keys, rejected: false });
    for (const [key, text] of next) this.write(key, text);
  }

  private write(key: string, text: string | undefined): void {
    this.used -= this.sizes.get(key) ?? 0;
    if (text === undefined) {
      this.data.delete(key);
      this.sizes.delete(key);
      return;
    }
    const size = entryBytes(key, text);
    this.data.set(key, text);
    this.sizes.set(key, size);
    this.used += size;
  }

  async remove(keys: string | string[]): Promise<void> {
    await tick();
    for (const key of typeof keys === 'string' ? [keys] : keys) this.write(key, undefined);
  }

  async clear(): Promise<void> {
    await tick();
    this.data.clear();
    this.sizes.clear();
    this.used = 0;
  }

  async getBytesInUse(keys?: null | string | string[]): Promise<number> {
    await tick();
    return this.bytes(keys);
  }

  /** Bytes in use, synchronously (key + JSON of the value, UTF-8). */
  bytes(keys?: null | string | string[]): number {
    if (keys === null || keys === undefined) return this.used;
    let total = 0;
    for (const key of new Set(typeof keys === 'string' ? [keys] : keys))
      total += this.sizes.get(key) ?? 0;
    return total;
  }

  /** Everything stored, as one canonical string (sorted keys): compare it byte for byte. */
  snapshot(): string {
    return JSON.stringify([...this.data.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /** A stored value, parsed (undefined when absent). */
  peek(key: string): unknown {
    const text = this.data.get(key);
    return text === undefined ? undefined : JSON.parse(text);
  }

  /** Stores a value as-is (bypassing quota and failures): for seeding old or corrupted records. */
  poke(key: string, value: unknown): void {
    this.write(key, JSON.stringify(value));
  }

  reset(): void {
    this.data.clear();
    this.sizes.clear();
    this.used = 0;
    this.setLog.length = 0;
    this.failures = 0;
    this.failMessage = QUOTA_MESSAGE;
  }
}

/** Real storage calls complete asynchronously; so do the fake's (interleavings stay possible). */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class FakeEvent<L extends Listener = Listener> {
  readonly listeners: L[] = [];
  addListener(listener: L): void {
    this.listeners.push(listener);
  }
  removeListener(listener: L): void {
    const i = this.listeners.indexOf(listener);
    if (i >= 0) this.listeners.splice(i, 1);
  }
  hasListener(listener: L): boolean {
    return this.listeners.includes(listener);
  }
  hasListeners(): boolean {
    return this.listeners.length > 0;
  }
}

export interface FakeTab {
  id?: number;
  url?: string;
  active?: boolean;
  windowId?: number;
}

export interface FakeExtensionOptions {
  id?: string;
  localQuotaBytes?: number;
}

export function createFakeExtension(options: FakeExtensionOptions = {}) {
  const id = options.id ?? 'abcdefghijklmnopabcdefghijklmnop';
  const local = new FakeStorageArea(options.localQuotaBytes ?? LOCAL_QUOTA_BYTES);
  const session = new FakeStorageArea(SESSION_QUOTA_BYTES);
  const badges = new Map<number, { text?: string; color?: string }>();
  const tabs: { list: FakeTab[] } = { list: [] };

  const runtime = {
    id,
    getURL: (path: string) => `chrome-extension://${id}/${path.replace(/^\//, '')}`,
    onMessage: new FakeEvent(),
    onInstalled: new FakeEvent(),
    onStartup: new FakeEvent(),
    lastError: undefined,
  };
  const action = {
    async setBadgeText({ tabId, text }: { tabId?: number; text: string }) {
      await tick();
      if (tabId !== undefined) badges.set(tabId, { ...badges.get(tabId), text });
    },
    async setBadgeBackgroundColor({ tabId, color }: { tabId?: number; color: string }) {
      await tick();
      if (tabId !== undefined) badges.set(tabId, { ...badges.get(tabId), color });
    },
  };
  const tabsApi = {
    async query(_query: Record<string, unknown> = {}) {
      await tick();
      return jsonClone(tabs.list);
    },
    onUpdated: new FakeEvent(),
    onActivated: new FakeEvent(),
    onRemoved: new FakeEvent(),
  };
  const storage = { local, session };
  /** The polyfill's `browser` and MV3's `chrome` are the same promise-based surface here. */
  const api = { runtime, storage, action, tabs: tabsApi };

  return {
    id,
    browser: api,
    chrome: api,
    local,
    session,
    tabs,
    badges,
    /** Clears storage, tabs, badges and listeners: a fresh profile. */
    reset(): void {
      local.reset();
      local.QUOTA_BYTES = options.localQuotaBytes ?? LOCAL_QUOTA_BYTES;
      session.reset();
      badges.clear();
      tabs.list = [];
      this.stopWorker();
    },
    /** The browser stops the worker: its listeners are gone (storage stays). */
    stopWorker(): void {
      for (const event of [
        runtime.onMessage,
        runtime.onInstalled,
        runtime.onStartup,
        tabsApi.onUpdated,
        tabsApi.onActivated,
        tabsApi.onRemoved,
      ]) {
        event.listeners.length = 0;
      }
    },
    /** Delivers a message to the worker's onMessage listener, as the browser would. */
    async sendMessage(message: unknown, sender: Record<string, unknown>): Promise<unknown> {
      const listener = runtime.onMessage.listeners.at(-1) as
        | ((message: unknown, sender: unknown) => unknown)
        | undefined;
      if (!listener)
        throw new Error('Could not establish connection. Receiving end does not exist.');
      return await listener(jsonClone(message), sender);
    },
  };
}

export type FakeExtension = ReturnType<typeof createFakeExtension>;

const GLOBAL_KEY = '__fakeExtension__';

/** The fake for this test file (one per worker thread, kept across vi.resetModules()). */
export function fakeExtension(): FakeExtension {
  const g = globalThis as unknown as Record<string, FakeExtension | undefined>;
  g[GLOBAL_KEY] ??= createFakeExtension();
  return g[GLOBAL_KEY];
}

/** The module vi.mock('webextension-polyfill', ...) should return; also sets globalThis.chrome. */
export function polyfillModule(): { default: unknown } {
  const fake = fakeExtension();
  (globalThis as unknown as { chrome: unknown }).chrome = fake.chrome;
  return { default: fake.browser };
}
