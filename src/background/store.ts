/**
 * The only owner of storage keys. chrome.storage.local:
 *   org:<org>                    the org's progress (OrgProgress, schema v2; src/core/migrate.ts)
 *   settings:<org>               what the admin told the guide about the org (StoredOrgSettings)
 *   launcher:<org>               the on-page checklist's collapsed and dismissed state
 *   settings                     the extension's own settings (autofill, launcher)
 *   links                        install links chosen recently (src/background/links.ts)
 *   backup:<org>:<iso date>      an unreadable org record, moved aside
 *   settings-backup:<org>:<iso>  an unreadable org settings record, moved aside
 * and chrome.storage.session (never written to disk): `site:org`, the org picked on the
 * Quote-to-Cash site. Schema v1 also wrote `answers:<org>`; it is read once into settings:<org>.
 *
 * Only the worker writes, and every read-modify-write goes through one queue, so many tabs and
 * frames reporting at once lose nothing. Nothing is cached in memory: the worker may be stopped
 * between any two messages.
 */
import browser from 'webextension-polyfill';
import type { Environment } from '../core/hosts';
import { clip } from '../core/limits';
import { readOrgRecord, readOrgSettingsRecord } from '../core/migrate';
import type { OrgSettings } from '../core/org-settings';
import { newOrgProgress } from '../core/progress';
import type { OrgSettingsChange } from '../core/protocol/requests';
import {
  DEFAULT_SETTINGS,
  type LauncherPrefs,
  launcherPrefsSchema,
  type OrgProgress,
  type PackageAnswers,
  type Settings,
  type StoredOrgSettings,
  settingsSchema,
} from '../core/schemas';

const ORG_PREFIX = 'org:';
const BACKUP_PREFIX = 'backup:';
const SETTINGS_BACKUP_PREFIX = 'settings-backup:';
const SETTINGS_KEY = 'settings';
/** Install links chosen recently (links.ts): the first thing to go when storage is full. */
const LINKS_KEY = 'links';

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
  const backupKey = await freeBackupKey(`${BACKUP_PREFIX}${org}:${at}`);
  const fresh: OrgProgress = {
    ...newOrgProgress(org, environment, at),
    // The reason quotes the record: keep it within what the schema stores, or the fresh record fails too.
    recovered: { backupKey, at, reason: clip(result.reason, 300) },
  };
  await browser.storage.local.set({ [backupKey]: raw, [key]: fresh });
  console.warn(
    `[install guide] stored progress for ${org} was unreadable (${result.reason}); kept as ${backupKey}`,
  );
  return fresh;
}

/** Two records moved aside within one millisecond must not share a key. */
async function freeBackupKey(base: string): Promise<string> {
  let backupKey = base;
  for (let n = 2; (await browser.storage.local.get(backupKey))[backupKey] !== undefined; n++) {
    backupKey = `${base}#${n}`;
  }
  return backupKey;
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
    return await writeOrg(org, next);
  });
}

/** storage.local.set was refused for lack of space (Chrome: "QUOTA_BYTES quota exceeded"). */
export function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /quota/i.test(message);
}

/** updateOrg could not save even after freeing space; its message is what the popup should show. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(readonly org: string) {
    super('storage full');
  }
}

/** History entries an org record keeps when storage is full (the newest ones). */
export const HISTORY_KEPT_WHEN_FULL = 20;

/**
 * Writes an org record. When storage is full, progress is never dropped silently: first the
 * oldest history entries of this record go (counted in historyDropped), then backups older than
 * the newest one of each org and the remembered install links; then one more try, and if that
 * fails too a StorageFullError, with the stored record left as it was. Runs inside the queue.
 */
async function writeOrg(org: string, next: OrgProgress): Promise<OrgProgress> {
  const key = orgKey(org);
  const attempt = async (record: OrgProgress) => {
    try {
      await browser.storage.local.set({ [key]: record });
      return true;
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      return false;
    }
  };
  if (await attempt(next)) return next;
  const excess = next.history.length - HISTORY_KEPT_WHEN_FULL;
  const trimmed: OrgProgress =
    excess > 0
      ? {
          ...next,
          history: next.history.slice(excess),
          historyDropped: next.historyDropped + excess,
        }
      : next;
  if (excess > 0 && (await attempt(trimmed))) {
    console.warn(`[install guide] storage full: dropped ${excess} old history entries of ${org}`);
    return trimmed;
  }
  const freed = await freeSpace();
  if (await attempt(trimmed)) {
    console.warn(`[install guide] storage full: removed ${freed.join(', ') || 'nothing'}`);
    return trimmed;
  }
  console.error(`[install guide] storage full: progress of ${org} could not be saved`);
  throw new StorageFullError(org);
}

/** Removes what can go: every backup but the newest of each org, and the remembered links. */
async function freeSpace(): Promise<string[]> {
  const all = await browser.storage.local.get(null);
  const newest = new Map<string, string>();
  const backups: { key: string; org: string }[] = [];
  for (const key of Object.keys(all)) {
    const prefix = [BACKUP_PREFIX, SETTINGS_BACKUP_PREFIX].find((p) => key.startsWith(p));
    if (!prefix) continue;
    // <prefix><org>:<iso date>; org names never contain ':' (see hosts.ts), ISO dates do.
    const rest = key.slice(prefix.length);
    const org = `${prefix}${rest.slice(0, Math.max(0, rest.indexOf(':')))}`;
    backups.push({ key, org });
    const kept = newest.get(org);
    if (kept === undefined || key > kept) newest.set(org, key);
  }
  const doomed = backups.filter((b) => newest.get(b.org) !== b.key).map((b) => b.key);
  if (LINKS_KEY in all) doomed.push(LINKS_KEY);
  if (doomed.length > 0) await browser.storage.local.remove(doomed);
  return doomed;
}

export function resetOrg(org: string): Promise<void> {
  return serialized(() =>
    browser.storage.local.remove([
      orgKey(org),
      launcherKey(org),
      orgSettingsKey(org),
      LEGACY_ANSWERS_KEY(org),
    ]),
  );
}

/** The readable records of these orgs (no recovery, no write): for the badge of open tabs. */
export async function peekOrgs(orgs: readonly string[]): Promise<OrgProgress[]> {
  if (orgs.length === 0) return [];
  const raw = await browser.storage.local.get(orgs.map(orgKey));
  return Object.values(raw).flatMap((record) => {
    const result = readOrgRecord(record);
    return result.ok ? [result.value] : [];
  });
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

const orgSettingsKey = (org: string) => `settings:${org}`;
/** Schema v1's per-org package answers, read once into settings:<org>. */
const LEGACY_ANSWERS_KEY = (org: string) => `answers:${org}`;
/** Answers kept per org: a version id is one release of one package, so a few dozen is plenty. */
const ANSWERS_KEPT = 50;

/**
 * Loads an org's settings record. Schema v1's `answers:<org>` becomes its package answers (and is
 * removed); an unreadable record is moved aside and the org starts with empty settings and a
 * notice, as org records do. Runs inside the queue.
 */
async function loadOrgSettings(org: string): Promise<StoredOrgSettings> {
  const key = orgSettingsKey(org);
  const legacyKey = LEGACY_ANSWERS_KEY(org);
  const got = await browser.storage.local.get([key, legacyKey]);
  const result = readOrgSettingsRecord(got[key], got[legacyKey]);
  if (result.ok) {
    if (result.migrated) {
      await browser.storage.local.set({ [key]: result.value });
      await browser.storage.local.remove(legacyKey);
    }
    return result.value;
  }
  const at = now();
  const backupKey = await freeBackupKey(`${SETTINGS_BACKUP_PREFIX}${org}:${at}`);
  const fresh: StoredOrgSettings = {
    v: 1,
    packageAnswers: {},
    recovered: { backupKey, at, reason: clip(result.reason, 300) },
  };
  await browser.storage.local.set({ [backupKey]: got[key], [key]: fresh });
  console.warn(
    `[install guide] stored settings of ${org} were unreadable (${result.reason}); kept as ${backupKey}`,
  );
  return fresh;
}

export function readOrgSettings(org: string): Promise<StoredOrgSettings> {
  return serialized(() => loadOrgSettings(org));
}

/** The admin's answers, without the record's bookkeeping. */
export const answersOf = ({
  v: _,
  packageAnswers: __,
  recovered: ___,
  ...settings
}: StoredOrgSettings): OrgSettings => settings;

/** An org's answers (what the plan asks of it: src/core/next-steps.ts). */
export async function readOrgAnswers(org: string): Promise<OrgSettings> {
  return answersOf(await readOrgSettings(org));
}

/**
 * The answers of these orgs at once (the badge, the org list), one storage read and no writes:
 * an unreadable or v1-only record reads as no answers here; reading the org itself repairs it.
 */
export async function peekOrgAnswers(orgs: readonly string[]): Promise<Map<string, OrgSettings>> {
  if (orgs.length === 0) return new Map();
  const raw = await browser.storage.local.get(orgs.map(orgSettingsKey));
  return new Map(
    orgs.map((org) => {
      const result = readOrgSettingsRecord(raw[orgSettingsKey(org)], undefined);
      return [org, result.ok ? answersOf(result.value) : {}];
    }),
  );
}

/** Changes what the admin told about the org; `null` in `change` forgets an answer. */
export function writeOrgSettings(
  org: string,
  change: OrgSettingsChange,
): Promise<StoredOrgSettings> {
  return serialized(async () => {
    const next: StoredOrgSettings = { ...(await loadOrgSettings(org)) };
    for (const [name, value] of Object.entries(change) as [keyof OrgSettings, unknown][]) {
      if (value === null) delete next[name];
      else if (value !== undefined) Object.assign(next, { [name]: value });
    }
    await browser.storage.local.set({ [orgSettingsKey(org)]: next });
    return next;
  });
}

/** Which package the admin said an install page installs, per version id (first 15 characters). */
export async function readAnswers(org: string): Promise<PackageAnswers> {
  return (await readOrgSettings(org)).packageAnswers;
}

export function writeAnswer(
  org: string,
  versionId: string,
  answer: PackageAnswers[string],
): Promise<void> {
  return serialized(async () => {
    const id = versionId.slice(0, 15);
    const current = await loadOrgSettings(org);
    const kept = Object.entries(current.packageAnswers)
      .filter(([key]) => key !== id)
      .sort(([, a], [, b]) => b.at.localeCompare(a.at))
      .slice(0, ANSWERS_KEPT - 1);
    await browser.storage.local.set({
      [orgSettingsKey(org)]: {
        ...current,
        packageAnswers: Object.fromEntries([[id, answer], ...kept]),
      },
    });
  });
}

/** The stored install links, as stored (links.ts checks each entry). */
export async function readLinksRaw(): Promise<unknown> {
  return (await browser.storage.local.get(LINKS_KEY))[LINKS_KEY];
}

export async function writeLinks(links: readonly unknown[]): Promise<void> {
  await browser.storage.local.set({ [LINKS_KEY]: links });
}

/** The org picked on the Quote-to-Cash site, for this browser session. */
const SITE_ORG_KEY = 'site:org';

export async function readSiteOrg(): Promise<unknown> {
  return (await browser.storage.session.get(SITE_ORG_KEY))[SITE_ORG_KEY];
}

export async function writeSiteOrg(org: string): Promise<void> {
  await browser.storage.session.set({ [SITE_ORG_KEY]: org });
}
