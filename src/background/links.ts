/**
 * Install links the admin chose (on the generic login hosts or the Quote-to-Cash site), kept
 * briefly so the install page on the org's own host can say which link brought the admin there.
 */
import type { Environment } from '../core/hosts';
import type { PackageKey } from '../core/plan';
import { packageAnswerSchema, packageKeySchema } from '../core/schemas';
import { readLinksRaw, serialized, writeLinks } from './store';

const KEEP = 20;
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface ChosenLink {
  versionId: string;
  environment: Environment;
  host: string;
  release?: string;
  /** The package the link was listed for. */
  package?: PackageKey;
  /** What the admin answered on the install page reached on a login host (no org known yet). */
  answer?: PackageKey | 'other';
  at: string;
}

async function read(): Promise<ChosenLink[]> {
  const raw = await readLinksRaw();
  // Damaged entries are dropped, never trusted: a link only ever adds a warning.
  return Array.isArray(raw)
    ? raw.filter(
        (l): l is ChosenLink =>
          typeof l === 'object' &&
          l !== null &&
          typeof l.versionId === 'string' &&
          typeof l.at === 'string' &&
          typeof l.environment === 'string' &&
          typeof l.host === 'string' &&
          (l.package === undefined || packageKeySchema.safeParse(l.package).success) &&
          (l.answer === undefined || packageAnswerSchema.shape.package.safeParse(l.answer).success),
      )
    : [];
}

const same = (a: string, b: string) => a.slice(0, 15) === b.slice(0, 15);

export function rememberLink(link: ChosenLink): Promise<void> {
  return serialized(async () => {
    const cutoff = Date.now() - MAX_AGE_MS;
    const all = await read();
    // The same link seen again on the generic host after the site: keep what the site knew.
    const earlier = all.find(
      (l) => same(l.versionId, link.versionId) && l.environment === link.environment,
    );
    const merged = {
      ...(earlier?.release && { release: earlier.release }),
      ...(earlier?.package && { package: earlier.package }),
      ...(earlier?.answer && { answer: earlier.answer }),
      ...link,
    };
    const kept = all.filter((l) => !same(l.versionId, link.versionId) && Date.parse(l.at) > cutoff);
    await writeLinks([merged, ...kept].slice(0, KEEP));
  });
}

/**
 * The admin's answer for a version id seen on a login host: kept with the chosen link (a new
 * entry when there is none), until the page on the org's own host takes it over.
 */
export function rememberAnswer(
  versionId: string,
  answer: PackageKey | 'other',
  where: { environment: Environment; host: string },
): Promise<void> {
  return serialized(async () => {
    const all = await read();
    const i = all.findIndex((l) => same(l.versionId, versionId));
    const at = new Date().toISOString();
    const entry: ChosenLink =
      i >= 0 ? { ...(all[i] as ChosenLink), answer } : { versionId, ...where, answer, at };
    const rest = all.filter((_, j) => j !== i);
    await writeLinks([entry, ...rest].slice(0, KEEP));
  });
}

/** The newest link for this package version id (15 or 18 characters: compare the first 15). */
export async function findLink(versionId: string): Promise<ChosenLink | undefined> {
  const cutoff = Date.now() - MAX_AGE_MS;
  const id = versionId.slice(0, 15);
  return (await read()).find(
    (l) =>
      typeof l.versionId === 'string' &&
      l.versionId.slice(0, 15) === id &&
      Date.parse(l.at) > cutoff,
  );
}
