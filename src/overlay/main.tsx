/**
 * The overlay page: the guide's panel, framed by the content script in the admin's page. Its
 * code (Preact and the cards) runs in the extension's own process, not in Salesforce's page,
 * and the page's scripts can neither read nor restyle it. It talks only to the content script
 * that framed it, over the MessagePort that script hands over first (see protocol.ts).
 */
import { render } from 'preact';
import { type Connect, type FromFrame, showCardsSchema } from '../core/protocol/panel';
import { t } from '../ui/t';
import { inWords } from './in-words';
import { Panel } from './Panel';
import './overlay.css';

const root = document.getElementById('app') as HTMLElement;
const token = location.hash.slice(1);
let port: MessagePort | null = null;

let announcement = { text: '', seq: 0 };

const post = (message: FromFrame) => port?.postMessage(message);
const onSize = (size: { width: number; height: number }) =>
  post({ type: 'size', width: Math.ceil(size.width), height: Math.ceil(size.height) });
const onAction = (card: string, index: number) => post({ type: 'action', card, index });

// The port is taken once, from the window that framed us, with the token of our own URL.
window.addEventListener('message', function connect(event: MessageEvent<Partial<Connect>>) {
  if (port || event.source !== window.parent) return;
  if (event.data?.type !== 'sfig:connect' || !token || event.data.token !== token) return;
  const [received] = event.ports;
  if (!received) return;
  port = received;
  window.removeEventListener('message', connect);
  post({ type: 'title', text: t('overlayLabel') });
  port.onmessage = (message) => {
    const parsed = showCardsSchema.safeParse(message.data);
    if (!parsed.success) {
      console.warn('[install guide] overlay ignored a malformed message', parsed.error.issues[0]);
      return;
    }
    // The content script sends phrases (src/content/t.ts); they are put into words here.
    const { cards, announce, maxWidth } = inWords(parsed.data, t);
    // The content script sends each announcement once; the live region keeps the last one
    // until the next, which replaces it with a new node so it is read even if the words repeat.
    if (announce) announcement = { text: announce, seq: announcement.seq + 1 };
    render(
      <Panel
        cards={cards}
        announcement={announcement}
        maxWidth={maxWidth}
        onSize={onSize}
        onAction={onAction}
      />,
      root,
    );
  };
});
