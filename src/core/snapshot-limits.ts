/**
 * Caps of a page snapshot: a hostile or huge page cannot make a snapshot the worker or a preview
 * chokes on. Apart from src/core/snapshot.ts so the content script takes them without zod.
 */
export const SNAPSHOT_LIMITS = {
  /** Elements walked per frame; the rest is left out and the frame marked truncated. */
  elements: 8000,
  depth: 200,
  text: 2000,
  attribute: 2048,
  frames: 20,
} as const;
