import type { CardModel } from './types';

/**
 * Whether showing `b` would draw the same card as `a`: same texts, same elements (by
 * identity), same actions (by label). Lets recognizers re-show a card after every DOM change
 * without re-rendering anything when nothing changed.
 */
export function sameModel(a: CardModel | undefined, b: CardModel): boolean {
  if (!a) return false;
  const texts = (m: CardModel) =>
    JSON.stringify([
      m.tone,
      m.title,
      m.body,
      m.list,
      m.items,
      m.links,
      m.announce,
      m.corner,
      m.maxWidth,
      m.actions?.map((x) => [x.label, x.primary]),
    ]);
  const elements = (m: CardModel) => [m.anchor ?? null, ...(m.highlight ?? [])];
  const ea = elements(a);
  const eb = elements(b);
  return ea.length === eb.length && ea.every((e, i) => e === eb[i]) && texts(a) === texts(b);
}
