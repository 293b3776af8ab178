/**
 * What the content script and the overlay page (src/overlay/, an extension page framed in the
 * admin's page) say to each other over their private MessagePort. The page's own scripts
 * cannot read it: the port is handed over once, to the frame's extension origin, with a token
 * only the frame's URL carries. Cards travel as data: texts, and actions by their index.
 */
import type { CardItem, Tone } from './types';

/** The path of the overlay page inside the extension (crxjs keeps source paths). */
export const OVERLAY_PAGE = 'src/overlay/index.html';

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

/**
 * Content script → overlay page. Every text may carry phrases (src/core/phrase-text.ts): the
 * overlay page puts them into words.
 */
export interface ShowCards {
  type: 'cards';
  cards: FrameCard[];
  /** Read out by screen readers when it changes. */
  announce: string;
  /** The widest the panel may be (CSS px): beside a region it must not cover. */
  maxWidth?: number;
}

/** Overlay page → content script. */
export type FromFrame =
  | { type: 'size'; width: number; height: number }
  /** The frame's accessible name, in words: the content script never translates (../t.ts). */
  | { type: 'title'; text: string }
  | { type: 'action'; card: string; index: number };
