/** Replica pages in a happy-dom unit test's own document, and the replica org they render for. */
import { parseHost } from '../fixtures/salesforce/hosts';

/**
 * Puts a replica page into the test's document, so readers see it as shown: connected, styled,
 * visible. Its scripts and style sheets are dropped (they do not run by themselves; a test runs a
 * page script on purpose).
 */
export function show(html: string | null): Document {
  if (html === null) throw new Error('the replica answered 404');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  for (const tag of parsed.querySelectorAll('script, link')) tag.remove();
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((n) => document.importNode(n, true)),
  );
  return document;
}

/** The replica org `acme`'s Classic host, as the replica's page renderers take it. */
export const acmeHost = (() => {
  const host = parseHost('acme.my.salesforce.com');
  if (!host) throw new Error('replica host parser refused acme.my.salesforce.com');
  return host;
})();

/** The query of a Classic page framed in Lightning Setup. */
export const framed = new URLSearchParams({ isdtp: 'p1' });
