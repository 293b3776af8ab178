/**
 * Mounts the overlay: one host element per frame that we own, its UI in a shadow root so
 * Salesforce's styles and ours never mix, lifted into the top layer (popover) so Salesforce
 * modals cannot cover it. Pointer events pass through everywhere but on our own panel.
 */
import { render } from 'preact';
import { OverlayRoot } from './OverlayRoot';
import { sameModel } from './same-model';
import { OVERLAY_CSS } from './styles';
import type { CardModel, Overlay } from './types';

export const HOST_TAG = 'sf-install-guide';

export function mountOverlay(frameSignal: AbortSignal): Overlay {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  const root = document.createElement('div');
  shadow.append(style, root);
  // Beside <body>, not in it: Aura and Visualforce re-render body content.
  document.documentElement.append(host);
  if ('showPopover' in host) {
    host.setAttribute('popover', 'manual');
    try {
      host.showPopover();
    } catch {
      // Not connected yet or unsupported: the fixed, max z-index style still applies.
    }
  }

  const cards = new Map<string, CardModel>();
  const draw = () => render(<OverlayRoot cards={[...cards.entries()]} />, root);

  frameSignal.addEventListener('abort', () => {
    render(null, root);
    host.remove();
  });

  return {
    show(id, model, signal) {
      if (signal.aborted || frameSignal.aborted) return;
      const fresh = !cards.has(id);
      if (!fresh && sameModel(cards.get(id), model) && host.isConnected) return;
      cards.set(id, model);
      if (fresh) signal.addEventListener('abort', () => this.remove(id), { once: true });
      // Re-attach when the page removed us (a full re-render of <html> content).
      if (!host.isConnected) document.documentElement.append(host);
      draw();
    },
    remove(id) {
      if (cards.delete(id)) draw();
    },
  };
}

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'inset: 0',
  'width: 100vw',
  'height: 100vh',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'background: transparent',
  'overflow: visible',
  'pointer-events: none',
  'z-index: 2147483647',
  'display: block',
]
  .map((rule) => `${rule} !important`)
  .join(';');
