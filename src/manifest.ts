/**
 * The extension's manifest as built: manifest.json holds everything but the Salesforce host
 * lists, which come from the one host table (src/core/hosts.ts) plus the Quote-to-Cash install
 * site (src/core/pages.ts), filled into host permissions, the content script's matches and the
 * panel page's web-accessible matches. Read by vite.config.ts at build time and pinned by
 * tests/unit/manifest.test.ts; nothing at run time imports it.
 */
import source from '../manifest.json' with { type: 'json' };
import { hostMatchPatterns } from './core/hosts';
import { QUOTE_TO_CASH_HOST } from './core/pages';

/** Every page the extension reads: Salesforce's host families and the Quote-to-Cash site. */
export const HOST_PATTERNS: readonly string[] = [
  ...hostMatchPatterns(),
  `https://${QUOTE_TO_CASH_HOST}/*`,
];

export function builtManifest() {
  const matches = [...HOST_PATTERNS];
  return {
    ...source,
    host_permissions: matches,
    content_scripts: source.content_scripts.map((script) => ({ ...script, matches })),
    web_accessible_resources: source.web_accessible_resources.map((resource) => ({
      ...resource,
      matches,
    })),
  };
}
