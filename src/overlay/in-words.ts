/**
 * The cards as the content script sent them, with every phrase put into words
 * (src/core/phrase-text.ts): titles, lines, items, action and link labels, the announcement. A
 * preview (a snapshot's JSON) is shown as it came.
 */

import type { Translate } from '../core/i18n';
import { wordsOf } from '../core/phrase-text';
import type { ShowCards } from '../core/protocol/panel';

export function inWords<M extends Pick<ShowCards, 'cards' | 'announce'>>(
  message: M,
  t: Translate,
): M {
  const w = (text: string) => wordsOf(text, t);
  return {
    ...message,
    announce: w(message.announce),
    cards: message.cards.map((card) => ({
      ...card,
      title: w(card.title),
      ...(card.body && { body: card.body.map(w) }),
      ...(card.list && { list: card.list.map(w) }),
      ...(card.items && {
        items: card.items.map((item) => ({
          ...item,
          label: w(item.label),
          ...(item.detail !== undefined && { detail: w(item.detail) }),
        })),
      }),
      ...(card.actions && {
        actions: card.actions.map((action) => ({ ...action, label: w(action.label) })),
      }),
      ...(card.links && { links: card.links.map((link) => ({ ...link, label: w(link.label) })) }),
    })),
  };
}
