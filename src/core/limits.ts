/**
 * The longest text the worker stores per field. Page text is untrusted: content scripts clip to
 * these before sending (so a hostile or odd page cannot make a whole observation invalid), and
 * the worker's zod schemas enforce them.
 */
export const LIMITS = {
  name: 300,
  publisher: 300,
  version: 50,
  namespace: 50,
  date: 50,
  user: 200,
  message: 1000,
  release: 100,
  value: 100,
} as const;

/** Clips page text to a field's limit (counting UTF-16 units, as zod's max does). */
export function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
