/** Parses an address the extension may act on: https only; null for anything else. */
export function httpsUrl(href: string): URL | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return url.protocol === 'https:' ? url : null;
}
