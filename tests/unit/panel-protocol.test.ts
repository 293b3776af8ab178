import { describe, expect, it } from 'vitest';
import { type ShowCards, showCardsSchema } from '../../src/core/protocol/panel';

const card = (id: string) => ({ id, tone: 'info' as const, title: `Card ${id}` });
const message: ShowCards = {
  type: 'cards',
  announce: 'Selected',
  cards: [
    {
      ...card('install'),
      body: ['Install for All Users'],
      items: [
        { label: 'Salesforce CPQ', status: 'done', href: 'https://acme.my.salesforce.com/x' },
      ],
      actions: [{ label: 'Undo', primary: true }],
      links: [{ label: 'Guide', href: 'https://stripe.com/docs' }],
    },
  ],
};

describe('what the panel accepts from the content script', () => {
  it('a cards message as the content script sends it', () => {
    expect(showCardsSchema.safeParse(message).success).toBe(true);
  });

  it.each([
    [
      'a link that is not https',
      {
        ...message,
        cards: [{ ...card('a'), links: [{ label: 'x', href: 'javascript:alert(1)' }] }],
      },
    ],
    ['a tone it does not know', { ...message, cards: [{ ...card('a'), tone: 'danger' }] }],
    [
      'more than 20 cards',
      { ...message, cards: Array.from({ length: 21 }, (_, i) => card(String(i))) },
    ],
    ['a text over 4,000 characters', { ...message, announce: 'x'.repeat(4001) }],
    ['another type', { ...message, type: 'size' }],
    ['a width below 100 px', { ...message, maxWidth: 20 }],
  ])('refuses %s', (_, bad) => {
    expect(showCardsSchema.safeParse(bad).success).toBe(false);
  });
});
