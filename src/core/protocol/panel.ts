/**
 * What the content script and the panel (src/overlay/, an extension page framed in the admin's
 * page) say to each other over their private MessagePort, and the schema the panel checks every
 * message against. The page's own scripts cannot read the port: it is handed over once, to the
 * frame's extension origin, with a token only the frame's URL carries. Cards travel as data:
 * texts (which may carry phrases, ../phrase-text.ts, put into words by the panel), and actions by
 * their index. Content scripts import the types only (tests/e2e/content-chunks.test.ts).
 */
import { z } from 'zod';
import { snapshotAnswerSchema } from '../snapshot';

export type Tone = 'info' | 'success' | 'warning' | 'error';
export type ItemStatus = 'done' | 'pending' | 'in-progress' | 'warning' | 'skipped' | 'blocked';

/** One line of a checklist card (the launcher). */
export interface CardItem {
  label: string;
  status: ItemStatus;
  detail?: string;
  href?: string;
}

/** The first message, posted to the frame's window with the port. */
export interface Connect {
  type: 'sfig:connect';
  token: string;
}

export interface FrameCard {
  id: string;
  tone: Tone;
  title: string;
  body?: readonly string[];
  list?: readonly string[];
  items?: readonly CardItem[];
  actions?: readonly { label: string; primary?: boolean }[];
  links?: readonly { label: string; href: string }[];
  preview?: { text: string; fileName: string };
}

/** Content script → panel. */
export interface ShowCards {
  type: 'cards';
  cards: FrameCard[];
  /** Read out by screen readers when it changes. */
  announce: string;
  /** The widest the panel may be (CSS px): beside a region it must not cover. */
  maxWidth?: number;
}

/** Panel → content script (checked there by hand: content scripts carry no zod). */
export type FromFrame =
  | { type: 'size'; width: number; height: number }
  /** The frame's accessible name, in words: the content script never translates. */
  | { type: 'title'; text: string }
  | { type: 'action'; card: string; index: number };

const text = z.string().max(4000);
const https = z.url({ protocol: /^https$/ }).max(2000);

/** Every `cards` message, as the panel accepts it. */
export const showCardsSchema = z.object({
  type: z.literal('cards'),
  announce: text,
  maxWidth: z.number().int().min(100).max(4000).optional(),
  cards: z
    .array(
      z.object({
        id: z.string().max(100),
        tone: z.enum(['info', 'success', 'warning', 'error']),
        title: text,
        body: z.array(text).max(50).optional(),
        list: z.array(text).max(200).optional(),
        items: z
          .array(
            z.object({
              label: text,
              status: z.enum(['done', 'pending', 'in-progress', 'warning', 'skipped', 'blocked']),
              detail: text.optional(),
              href: https.optional(),
            }),
          )
          .max(50)
          .optional(),
        actions: z
          .array(z.object({ label: text, primary: z.boolean().optional() }))
          .max(10)
          .optional(),
        links: z
          .array(z.object({ label: text, href: https }))
          .max(10)
          .optional(),
        preview: snapshotAnswerSchema.pick({ text: true, fileName: true }).optional(),
      }),
    )
    .max(20),
}) satisfies z.ZodType<ShowCards>;
