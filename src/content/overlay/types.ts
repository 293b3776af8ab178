/** The overlay's data model: recognizers describe cards as data; Preact renders them. */

import type { CardItem, Tone } from '../../core/protocol/panel';

export type { CardItem, ItemStatus, Tone } from '../../core/protocol/panel';

export interface CardAction {
  label: string;
  run: () => void;
  primary?: boolean;
}

export interface CardModel {
  tone: Tone;
  title: string;
  /** Paragraphs, rendered as text (page text included: never as markup). */
  body?: readonly string[];
  /** A short list of things, e.g. the third-party sites being granted. */
  list?: readonly string[];
  items?: readonly CardItem[];
  actions?: readonly CardAction[];
  links?: readonly { label: string; href: string }[];
  /** The card sits beside this element without covering it. */
  anchor?: Element | null;
  /** Rings drawn around these elements (the admin's next click). */
  highlight?: readonly Element[];
  /** Read out by screen readers when it changes. */
  announce?: string;
  /** The widest the panel may be (CSS px): to keep it beside what it must not cover. */
  maxWidth?: number;
  /** Where a card with nothing to point at sits (default bottom right). */
  corner?: 'bottom-left' | 'bottom-right';
  /** A text shown in full, which the panel itself copies or saves as `fileName` (a snapshot). */
  preview?: { text: string; fileName: string };
}

export interface Overlay {
  /** Shows or replaces the card `id`; it is removed when `signal` aborts. */
  show(id: string, model: CardModel, signal: AbortSignal): void;
  remove(id: string): void;
  /** The ids of the cards shown (for a page snapshot). */
  ids(): string[];
  /** The host element in the page, which our page snapshot leaves out. */
  readonly host: Element;
}
