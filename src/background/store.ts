/**
 * Per-org progress in chrome.storage.local. Only the worker writes it, and every
 * read-modify-write goes through one queue, so many tabs and frames reporting at once lose
 * nothing. Nothing is cached in memory: the worker may be stopped between any two messages.
 */
import browser from 'webextension-polyfill';
import type { Environment } from '../core/hosts';
import { readOrgRecord } from '../core/migrate';
import { newOrgProgress } from '../core/progress';
import {
  DEFAULT_SETTINGS,
  type LauncherPrefs,
  launcherPrefsSchema,
  type OrgProgress,
  type Settings,
  settingsSchema,
} from '../core/schemas';

const ORG_PREFIX = 'org:';
const BACKUP_PREFIX = 'backup:';
const SETTINGS_KEY = 'settings';

export const orgKey = (org: string) => `${ORG_PREFIX}${org}`;

let queue: Promise<unknown> = Promise.resolve();

/** Runs storage read-modify-writes one at a time, in arrival order. */
export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

const now = () => new Date().toISOString();

/**
 * Loads an org's record. A record of an older schema is migrated; an unreadable one is moved
 * aside to a backup key and the org starts clean with a notice (the popup shows it).
 */
async function load(org: string, environment: Environment): Promise<OrgProgress | null> {
  const key = orgKey(org);
  const raw = (await browser.storage.local.get(key))[key];
  if (raw === undefined) return null;
  const result = readOrgRecord(raw);
  if (result.ok) return result.value;
  const at = now();
  const backupKey = `${BACKUP_PREFIX}${org}:${at}`;
  const fresh: OrgProgress = {
    ...newOrgProgress(org, environment, at),
    recovered: { backupKey, at, reason: result.reason },
  };
  await browser.storage.local.set({ [backupKey]: raw, [key]: fresh });
  console.warn(
    `[install guide] stored progress for ${org} was unreadable (${result.reason}); kept as ${backupKey}`,
  );
  return fresh;
}

export function readOrg(org: string): Promise<OrgProgress | null> {
  return serialized(() => load(org, 'unknown'));
}

/** Read-modify-write of one org, serialized with every other write. */
export function updateOrg(
  org: string,
  environment: Environment,
  change: (state: OrgProgress) => OrgProgress,
): Promise<OrgProgress> {
  return serialized(async () => {
    const current = (await load(org, environment)) ?? newOrgProgress(org, environment, now());
    const withEnvironment =
      current.environment === 'unknown' && environment !== 'unknown'
        ? { ...current, environment }
        : current;
    const next = change(withEnvironment);
    await browser.storage.local.set({ [orgKey(org)]: next });
    return next;
  });
}

export function resetOrg(org: string): Promise<void> {
  return serialized(() => browser.storage.local.remove([orgKey(org), launcherKey(org)]));
}

export async function listOrgs(): Promise<OrgProgress[]> {
  const all = await browser.storage.local.get(null);
  const orgs: OrgProgress[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(ORG_PREFIX)) continue;
    const result = readOrgRecord(raw);
    if (result.ok) orgs.push(result.value);
  }
  return orgs.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function readSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const parsed = settingsSchema.partial().safeParse(raw ?? {});
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export function writeSettings(change: Partial<Settings>): Promise<Settings> {
  return serialized(async () => {
    const next = { ...(await readSettings()), ...change };
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
}

const launcherKey = (org: string) => `launcher:${org}`;

/** The on-page checklist's collapsed and dismissed state, per org. */
export async function readLauncher(org: string): Promise<LauncherPrefs> {
  const raw = (await browser.storage.local.get(launcherKey(org)))[launcherKey(org)];
  const parsed = launcherPrefsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { collapsed: false, dismissed: false };
}

export function writeLauncher(org: string, change: Partial<LauncherPrefs>): Promise<LauncherPrefs> {
  return serialized(async () => {
    const next = { ...(await readLauncher(org)), ...change };
    await browser.storage.local.set({ [launcherKey(org)]: next });
    return next;
  });
}
