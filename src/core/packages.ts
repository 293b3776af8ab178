import { PACKAGE_KEYS, PACKAGES, type PackageKey } from './plan';

export interface PackageFacts {
  name?: string | null;
  publisher?: string | null;
  namespace?: string | null;
}

/** Folds the whitespace and case differences Salesforce pages show between releases. */
export function foldText(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
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
