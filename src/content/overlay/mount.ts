/**
 * Mounts the overlay: one host element per frame that we own (a random tag, a closed shadow
 * root: unpredictableTag below), beside <body> (Aura and Visualforce re-render body content), lifted into the top layer (popover) so Salesforce modals
 * cannot cover it. In its shadow root, so Salesforce's styles and ours never mix: rings around
 * what the admin clicks next (plain elements, drawn here where the page is), and a frame holding
 * the panel, an extension page (src/overlay/) that renders the cards in the extension's own
 * process. What runs in the admin's page stays small: no UI library here. Pointer events pass
 * through everywhere but on the panel.
 */
import { placeBeside } from './geometry';
import HOST_CSS from './host.css?inline';
import { type Geometry, measureLater, measureNow, sameGeometry, sameTargets } from './measure';
import { type Connect, type FromFrame, OVERLAY_PAGE, type ShowCards } from './protocol';
import { sameModel } from './same-model';
import type { CardModel, Overlay } from './types';

/** Layout shifts without a scroll or resize are caught this often while something is ringed. */
const POLL_MS = 500;
/** The panel's size until it reports its own. */
const FIRST_SIZE = { width: 340, height: 160 };
const MARGIN = 8;

export function mountOverlay(frameSignal: AbortSignal): Overlay {
  const host = document.createElement(unpredictableTag(document));
  host.setAttribute('style', HOST_STYLE);
  // Closed: the page's scripts cannot read the rings or reach the panel's frame.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = HOST_CSS;
  const rings = document.createElement('div');
  const frame = document.createElement('iframe');
  // Only the frame's own URL carries the token: the port goes to the page that knows it.
  const token = crypto.randomUUID();
  const page = chrome.runtime.getURL(OVERLAY_PAGE);
  frame.src = `${page}#${token}`;
  // Its title (the frame's accessible name) comes from the panel, in words (message 'title').
  frame.className = 'panel';
  // Transparent, not hidden, until it has a size: Chromium stops rendering a hidden
  // cross-origin frame, and the panel measures itself while rendering.
  frame.style.opacity = '0';
  frame.inert = true;
  shadow.append(style, rings);
  document.documentElement.append(host);
  lift(host);
  // A frame added before the page's load event delays it (and Salesforce's own onload work):
  // the panel's frame joins once the page has loaded.
  const addFrame = () => {
    if (!frameSignal.aborted) shadow.append(frame);
  };
  if (document.readyState === 'complete') addFrame();
  else window.addEventListener('load', addFrame, { once: true, signal: frameSignal });

  const cards = new Map<string, CardModel>();
  let port: MessagePort | null = null;
  let size = FIRST_SIZE;
  let sized = false;
  let geometry: Geometry = { anchors: [], rings: [], viewport: viewport() };
  let measured: CardModel[] = [];
  let cancelMeasure: (() => void) | null = null;
  let poll: ReturnType<typeof setInterval> | undefined;
  let listening = false;

  /** Announcements the panel has already been given and that are still on a card. */
  let announced = new Set<string>();

  const send = () => {
    if (!port) return;
    // Each announcement once: not again when another card changes, nor when a second card
    // carries the same words (the install card repeats the third-party card's).
    const current = new Set([...cards.values()].map((m) => m.announce ?? '').filter(Boolean));
    const fresh = [...current].filter((text) => !announced.has(text));
    announced = current;
    const message: ShowCards = {
      type: 'cards',
      announce: fresh.join(' '),
      maxWidth: maxWidth(),
      cards: [...cards].map(([id, m]) => ({
        id,
        tone: m.tone,
        title: m.title,
        body: m.body,
        list: m.list,
        items: m.items,
        actions: m.actions?.map(({ label, primary }) => ({ label, primary })),
        links: m.links,
        preview: m.preview,
      })),
    };
    port.postMessage(message);
  };

  const maxWidth = () => [...cards.values()].find((m) => m.maxWidth)?.maxWidth;

  const onFrameMessage = (event: MessageEvent<FromFrame>) => {
    const message = event.data;
    if (message?.type === 'size') {
      const { width, height } = message;
      if (!Number.isFinite(width) || !Number.isFinite(height) || width <= 0 || height <= 0) return;
      size = { width: Math.min(width, 2000), height: Math.min(height, 4000) };
      sized = true;
      draw();
    } else if (message?.type === 'title' && typeof message.text === 'string') {
      frame.title = message.text.slice(0, 100);
    } else if (message?.type === 'action' && Number.isInteger(message.index)) {
      cards.get(String(message.card))?.actions?.[message.index]?.run();
    }
  };

  /** The page's element that last had focus, for when the panel hands focus back. */
  let focusedBefore: WeakRef<Element> | null = null;
  document.addEventListener(
    'focusin',
    (event) => {
      if (event.target instanceof Element && event.target !== host)
        focusedBefore = new WeakRef(event.target);
    },
    { capture: true, passive: true, signal: frameSignal },
  );

  // Each load of the frame (a re-attached host reloads it) gets a fresh port and the cards.
  frame.addEventListener(
    'load',
    () => {
      port?.close();
      const channel = new MessageChannel();
      port = channel.port1;
      port.onmessage = onFrameMessage;
      const connect: Connect = { type: 'sfig:connect', token };
      frame.contentWindow?.postMessage(connect, new URL(page).origin, [channel.port2]);
      send();
    },
    { signal: frameSignal },
  );

  /** Rings around the highlighted elements; the panel beside everything it points at. */
  const draw = () => {
    const boxes = cards.size > 0 ? geometry.rings : [];
    while (rings.childElementCount > boxes.length) rings.lastElementChild?.remove();
    boxes.forEach((box, i) => {
      const ring = (rings.children[i] as HTMLElement | undefined) ?? addRing(rings);
      ring.style.left = `${box.left - 4}px`;
      ring.style.top = `${box.top - 4}px`;
      ring.style.width = `${box.width + 8}px`;
      ring.style.height = `${box.height + 8}px`;
    });
    // Until the panel reports its narrowed size, the frame clips it.
    const shown = {
      width: Math.min(size.width, maxWidth() ?? size.width),
      height: Math.min(size.height, geometry.viewport.height - 2 * MARGIN),
    };
    const corner = [...cards.values()].find((m) => m.corner)?.corner;
    const at = placeBeside(
      [...geometry.anchors, ...geometry.rings],
      shown,
      geometry.viewport,
      corner,
    );
    frame.style.left = `${at.left}px`;
    frame.style.top = `${at.top}px`;
    frame.style.width = `${shown.width}px`;
    frame.style.height = `${shown.height}px`;
    const visible = sized && cards.size > 0;
    frame.style.opacity = visible ? '1' : '0';
    frame.style.pointerEvents = visible ? 'auto' : 'none';
    // Out of the tab order while it shows nothing; focus it held goes back where it came from.
    if (!visible && shadow.activeElement === frame) {
      const back = focusedBefore?.deref();
      if (back?.isConnected && back instanceof HTMLElement) back.focus();
      else frame.blur();
    }
    frame.inert = !visible;
  };

  const apply = (next: Geometry) => {
    if (sameGeometry(geometry, next)) return;
    geometry = next;
    draw();
  };
  const schedule = () => {
    cancelMeasure ??= measureLater([...cards.values()], (next) => {
      cancelMeasure = null;
      apply(next);
    });
  };

  /** After the cards changed: measure (at once only when what we point at changed), then follow. */
  const track = () => {
    const models = [...cards.values()];
    if (!sameTargets(measured, models)) {
      measured = models;
      apply(measureNow(models));
    }
    draw();
    schedule();
    const pointing = models.some((m) => m.anchor || (m.highlight?.length ?? 0) > 0);
    if (pointing && !listening) {
      listening = true;
      window.addEventListener('scroll', schedule, LISTEN);
      poll = setInterval(schedule, POLL_MS);
    } else if (!pointing && listening) stopFollowing();
  };
  const stopFollowing = () => {
    listening = false;
    window.removeEventListener('scroll', schedule, LISTEN);
    clearInterval(poll);
  };
  // The viewport decides where the panel fits, pointing or not.
  window.addEventListener('resize', schedule, { ...LISTEN, signal: frameSignal });

  frameSignal.addEventListener('abort', () => {
    stopFollowing();
    cancelMeasure?.();
    port?.close();
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
      if (!host.isConnected) {
        document.documentElement.append(host);
        lift(host);
      }
      send();
      track();
    },
    remove(id) {
      if (!cards.delete(id)) return;
      send();
      track();
    },
    ids: () => [...cards.keys()],
    host,
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A tag the page cannot predict, drawn for each frame load: a valid custom-element name
 * (`qzkfwm-tbyrxa`) that no element of `doc` has yet. With no id or class and a closed shadow
 * root, the page's scripts can neither select our host nor read into it.
 */
function unpredictableTag(doc: Document): string {
  for (;;) {
    const random = crypto.getRandomValues(new Uint8Array(12));
    const letters = [...random].map((n) => LETTERS[n % LETTERS.length]).join('');
    const tag = `${letters.slice(0, 6)}-${letters.slice(6)}`;
    if (doc.getElementsByTagName(tag).length === 0) return tag;
  }
}

const LISTEN = { capture: true, passive: true } as const;

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });

function addRing(parent: HTMLElement): HTMLElement {
  const ring = document.createElement('div');
  ring.className = 'ring';
  parent.append(ring);
  return ring;
}

/** Into the top layer, above Salesforce's modals (where popovers exist). */
function lift(host: HTMLElement): void {
  if (!('showPopover' in host)) return;
  host.setAttribute('popover', 'manual');
  try {
    host.showPopover();
  } catch {
    // Not connected yet or unsupported: the fixed, max z-index style still applies.
  }
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
