/**
 * Saves text as a file without the downloads permission: a Blob, an object URL and a temporary
 * `<a download>`. The URL is revoked a little later, not at once, so the browser can read it.
 */
const REVOKE_AFTER_MS = 30_000;

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.dataset.export = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
