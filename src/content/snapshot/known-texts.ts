/**
 * The texts a snapshot keeps wherever they appear (src/core/redaction.ts KnownTexts): every label
 * of the Setup label tables in every language the guide reads, a few words of Setup's own frame
 * that no recognizer needs, and the names and namespaces of the packages the guide installs.
 */

import { PACKAGES } from '../../core/plan';
import { foldLabel, type KnownTexts } from '../../core/redaction';
import { en, type SalesforceLabels } from '../labels';
import de from '../labels/labels.de';
import fr from '../labels/labels.fr';

/** Salesforce interface words beside the recognizers' labels (English; headings and buttons). */
const SETUP_WORDS = [
  'Setup',
  'Home',
  'Installed Packages',
  'Uninstalled Packages',
  'Package Installation Details',
  'Approve Third-Party Access',
  'Action',
  'Actions',
  'Uninstall',
  'Cancel',
  'Done',
  'Next',
  'Previous',
  'Back',
  'Close',
  'Help for this Page',
  'Help',
  'Search',
  'Quick Find',
  'Details',
  'Related',
  'User',
  'Users',
  'Profile',
  'Role',
  'Active',
  'Email',
  'Username',
  'Deny',
  'Edit',
  'Delete',
  'New',
  'Loading',
  'Loading...',
  'Salesforce',
  'Object Manager',
  'Permission Set Assignments',
  'Permission Set License Assignments',
  'URL No Longer Exists',
];

/** Every string of a label table, however deeply nested. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

let cached: KnownTexts | null = null;

export function knownTexts(): KnownTexts {
  if (cached) return cached;
  const tables: SalesforceLabels[] = [en, de, fr];
  const labels = new Set([...tables.flatMap(strings), ...SETUP_WORDS].map(foldLabel));
  const products = new Set(
    Object.values(PACKAGES)
      .flatMap((spec) => [spec.title, ...spec.names, spec.namespace ?? ''])
      // Licence names are Salesforce's product names too, shown in a user's related lists.
      .concat(tables.map((table) => table.userDetail.cpqLicense))
      .filter(Boolean)
      .map(foldLabel),
  );
  cached = { labels, products };
  return cached;
}
