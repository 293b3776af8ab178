/**
 * Puts a replica page into the test's own document (happy-dom unit tests), so readers see it as
 * shown: connected, styled, visible. Its scripts and style sheets are dropped (they do not run by
 * themselves; a test runs a page script on purpose).
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
