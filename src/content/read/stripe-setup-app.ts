/**
 * Reading the Stripe connector's setup app, **Stripe Payment Gateway Setup**
 * (docs/salesforce/stripe-setup-app.md). Its URL, namespace and markup are unknown, so it is
 * recognized by its texts alone: the title, **Get Started**, **Test Mode** / **Live Mode**,
 * **Authorize**, **System Connections**, **Authorized**, **Finish**. Pure: a root in, data out.
 */

import { findButtons } from '../dom/find';
import { chosenIndex, elementsWithText, findChoices } from '../dom/options';

export type StripeStage = 'get-started' | 'mode' | 'system-connections';
export type StripeMode = 'test' | 'live';
export type StripeButton = 'Get Started' | 'Authorize' | 'Finish';

export interface StripeAppView {
  /** which page of the app; null: the app's title shows but none of the known stage texts */
  stage: StripeStage | null;
  /** the mode chosen (mode page) or shown (System Connections); null when the page shows none */
  mode: StripeMode | null;
  /** System Connections shows Authorized (true) or Not Authorized (false); null elsewhere or neither */
  authorized: boolean | null;
  /** the app's next buttons shown on this page */
  buttons: StripeButton[];
}

const TITLE = 'Stripe Payment Gateway Setup';
const MODES: Record<StripeMode, string> = { test: 'Test Mode', live: 'Live Mode' };
const BUTTONS: readonly StripeButton[] = ['Get Started', 'Authorize', 'Finish'];

function shows(root: Document, text: string): boolean {
  return elementsWithText(root, [text]).length > 0;
}

/** A stage is told by its heading: a wizard's progress bar may name every stage at once. */
function headed(root: Document, text: string): boolean {
  return elementsWithText(root, [text]).some((el) => el.closest(HEADINGS));
}
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

function modeOnPage(root: Document, stage: StripeStage | null): StripeMode | null {
  if (stage === 'mode') {
    const choices = findChoices(root, [[MODES.test], [MODES.live]], 'radio');
    const found = choices.flatMap((c) => (c.ok ? [c.choice] : []));
    if (found.length !== 2) return null;
    const i = chosenIndex(found);
    return i === 0 ? 'test' : i === 1 ? 'live' : null;
  }
  const test = shows(root, MODES.test);
  const live = shows(root, MODES.live);
  return test === live ? null : test ? 'test' : 'live';
}

/** The app's page, or null when the page shows neither its title nor System Connections. */
export function readStripeSetupApp(root: Document): StripeAppView | null {
  const titled = shows(root, TITLE);
  const connections = headed(root, 'System Connections');
  if (!titled && !connections) return null;
  const buttons = BUTTONS.filter((b) => findButtons(root, [b]).length > 0);
  let stage: StripeStage | null = null;
  if (connections) stage = 'system-connections';
  else if (shows(root, MODES.test) && shows(root, MODES.live)) stage = 'mode';
  else if (buttons.includes('Get Started')) stage = 'get-started';
  let authorized: boolean | null = null;
  if (stage === 'system-connections') {
    if (shows(root, 'Authorized')) authorized = true;
    else if (shows(root, 'Not Authorized')) authorized = false;
  }
  return { stage, mode: modeOnPage(root, stage), authorized, buttons };
}

/** The shown button of that name, for a highlight (the guide never clicks it). */
export function findStripeButton(root: Document, name: StripeButton): HTMLElement | null {
  return findButtons(root, [name])[0] ?? null;
}
