/**
 * The page snapshot's shape: what each frame of a tab says about itself (src/content/snapshot/),
 * and what the worker assembles from the frames of one tab (src/background/snapshots.ts). zod
 * schemas validate it where it is received (worker, popup, panel frame); content scripts import
 * the types alone.
 */
import { z } from 'zod';

import { SNAPSHOT_LIMITS } from './snapshot-limits';

export { SNAPSHOT_LIMITS };

export interface SnapshotElement {
  tag: string;
  attrs?: Record<string, string>;
  /** States a replica must reproduce (the page's live state, not its attributes). */
  state?: {
    checked?: boolean;
    disabled?: boolean;
    selected?: boolean;
    /** Not rendered (display: none, visibility: hidden) while its parent is. */
    hidden?: boolean;
    /** A form control's current value, as a same-shape placeholder. */
    value?: string;
  };
  /** Element children and texts, in document order. */
  children?: SnapshotChild[];
  /** The children of its open shadow root. */
  shadow?: SnapshotChild[];
}
export type SnapshotChild = SnapshotElement | string;

const childSchema: z.ZodType<SnapshotChild> = z.lazy(() =>
  z.union([z.string().max(SNAPSHOT_LIMITS.text), elementSchema]),
);
const elementSchema: z.ZodType<SnapshotElement> = z.lazy(() =>
  z.object({
    tag: z
      .string()
      .max(60)
      .regex(/^[a-z][a-z0-9-]*$/),
    attrs: z
      .record(
        z
          .string()
          .max(60)
          .regex(/^[a-z][a-z0-9-]*$/),
        z.string().max(SNAPSHOT_LIMITS.attribute),
      )
      .optional(),
    state: z
      .object({
        checked: z.boolean().optional(),
        disabled: z.boolean().optional(),
        selected: z.boolean().optional(),
        hidden: z.boolean().optional(),
        value: z.string().max(SNAPSHOT_LIMITS.text).optional(),
      })
      .optional(),
    children: z.array(childSchema).max(SNAPSHOT_LIMITS.elements).optional(),
    shadow: z.array(childSchema).max(SNAPSHOT_LIMITS.elements).optional(),
  }),
);

const short = z.string().max(300);

/** What the guide made of this frame when the snapshot was taken. */
export const guideNotesSchema = z.object({
  /** Recognizers running in the frame (page ids, src/core/pages.ts). */
  recognized: z.array(short).max(20),
  /** Cards the guide was showing in the frame. */
  cards: z.array(short).max(20),
  /** "Could not find" cards: which recognizer, what, and what exactly was missing. */
  notFound: z
    .array(z.object({ recognizer: short, what: short, missing: z.array(short).max(50) }))
    .max(20),
});
export type GuideNotes = z.infer<typeof guideNotesSchema>;

/** One frame's snapshot of itself, as a content script sends it. */
export const frameSnapshotSchema = z.object({
  /** The frame's URL, masked (src/core/redaction.ts maskUrl). */
  url: z.string().max(SNAPSHOT_LIMITS.attribute),
  top: z.boolean(),
  lang: z.string().max(20),
  guide: guideNotesSchema,
  /** Frames inside this one whose pages the guide runs in: they answer too. */
  childFrames: z.number().int().min(0).max(200),
  /** More elements than SNAPSHOT_LIMITS.elements: the rest is left out. */
  truncated: z.boolean(),
  tree: elementSchema,
});
export type FrameSnapshot = z.infer<typeof frameSnapshotSchema>;

export const SNAPSHOT_KIND = 'sf-install-guide-page-snapshot';

/** The snapshot of one tab, as the admin previews, copies or downloads it. */
export const pageSnapshotSchema = z.object({
  kind: z.literal(SNAPSHOT_KIND),
  version: z.literal(1),
  extension: z.string().max(40),
  takenAt: z.string().max(40),
  /** Frames that were expected (counted by their parents) but did not answer in time. */
  unanswered: z.number().int().min(0),
  frames: z.array(frameSnapshotSchema).min(1).max(SNAPSHOT_LIMITS.frames),
});
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;

/** The worker's answer to a snapshot request: the snapshot and its text, exactly as copied. */
export interface SnapshotAnswer {
  snapshot: PageSnapshot;
  text: string;
  fileName: string;
}

export const snapshotAnswerSchema = z.object({
  snapshot: pageSnapshotSchema,
  text: z.string().max(8_000_000),
  fileName: z
    .string()
    .max(100)
    .regex(/^[\w.-]+$/),
});

/** The file name of a snapshot: recognizable, sortable, no org or page data in it. */
export function snapshotFileName(takenAt: string): string {
  const stamp = takenAt.replace(/\.\d+Z$/, 'Z').replace(/[:]/g, '-');
  return `page-snapshot-${stamp}.json`;
}
