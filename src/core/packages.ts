import { PACKAGE_KEYS, PACKAGES, type PackageKey } from './plan';

export interface PackageFacts {
  name?: string | null;
  publisher?: string | null;
  namespace?: string | null;
}

const NON_ASCII = /[^ -~]/; // anything but printable ASCII (whitespace is folded already)

/**
 * Folds what differs between Salesforce releases and translations but not to a reader:
 * whitespace (incl. no-break spaces), case, accents ("Editeur" = "Éditeur"), typographic
 * apostrophes and the ellipsis character. The one text fold of the extension: labels, headings
 * and package names all go through it, on both sides of every comparison.
 */
export function foldText(text: string | null | undefined): string {
  let folded = (text ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
  if (NON_ASCII.test(folded)) {
    folded = folded
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[\u2018\u2019\u02bc\u2032]/g, "'") // ‘ ’ ʼ ′: French typography writes ’
      .replace(/\u2026/g, '...');
  }
  return folded;
}

/**
 * Which package of the sequence this is, from what a page shows.
 * Namespace wins when the page shows one (it cannot be renamed); otherwise the published name,
 * and for packages identified by name only (Stripe) the publisher must agree too.
 */
export function identifyPackage(facts: PackageFacts): PackageKey | null {
  const namespace = foldText(facts.namespace);
  const name = foldText(facts.name);
  const publisher = foldText(facts.publisher);
  for (const key of PACKAGE_KEYS) {
    const spec = PACKAGES[key];
    if (namespace && spec.namespace) {
      if (namespace === spec.namespace.toLowerCase()) return key;
      continue;
    }
    if (!spec.names.includes(name)) continue;
    if (spec.publisherIncludes && publisher && !publisher.includes(spec.publisherIncludes))
      continue;
    return key;
  }
  return null;
}

/** Compares Salesforce package versions such as `256.0`, `256.1.3`. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
