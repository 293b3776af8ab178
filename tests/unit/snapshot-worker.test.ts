/**
 * The worker's side of a page snapshot (src/background/snapshots.ts): it asks every frame of a
 * tab, accepts a frame's answer only for a request in progress for that frame's own tab, once,
 * with the URL taken from the sender (masked), never from the payload.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { handleMessage } from '../../src/background/router';
import type { FrameSnapshot, SnapshotAnswer } from '../../src/core/snapshot';
import { fakeExtension } from '../support/fake-extension';

vi.mock('webextension-polyfill', async () =>
  (await import('../support/fake-extension')).polyfillModule(),
);

const fake = fakeExtension();
type Sender = Runtime.MessageSender;
const frameAt = (url: string, tabId: number, frameId: number) =>
  ({ id: fake.id, tab: { id: tabId }, frameId, url }) as unknown as Sender;
const POPUP = { id: fake.id, url: `chrome-extension://${fake.id}/src/popup/index.html` } as Sender;

const frame = (childFrames: number): FrameSnapshot => ({
  // What the payload claims is not what the snapshot shows: the sender's URL is.
  url: 'https://acme.my.salesforce.com/claimed',
  top: false,
  lang: 'en',
  guide: { recognized: ['installed-packages'], cards: [], notFound: [] },
  childFrames,
  truncated: false,
  tree: { tag: 'html', children: [{ tag: 'body', children: ['Contact ada@acme.example'] }] },
});

let asked: { tabId: number; message: { request: string } }[] = [];
beforeEach(() => {
  fake.reset();
  asked = [];
  (fake.chrome.runtime as unknown as Record<string, unknown>).getManifest = () => ({
    version: '0.1.0',
  });
  (fake.browser.tabs as unknown as Record<string, unknown>).sendMessage = async (
    tabId: number,
    message: { request: string },
  ) => {
    asked.push({ tabId, message });
    throw new Error('The message port closed before a response was received.');
  };
});
afterEach(() => {
  vi.useRealTimers();
});

const until = async (test: () => boolean) => {
  while (!test()) await new Promise((r) => setTimeout(r, 1));
};

describe('page snapshot in the worker', () => {
  it('gathers the top frame and the frames it counted, masks what the frames sent', async () => {
    const pending = handleMessage({ type: 'snapshot:tab', tabId: 7 }, POPUP);
    await until(() => asked.length === 1);
    const request = asked[0]?.message.request ?? '';
    const top = 'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home';
    const child = 'https://acme.my.salesforce-setup.com/0A3?setupid=ImportedPackage&isdtp=p1';
    const message = (childFrames: number) => ({
      type: 'snapshot:frame',
      request,
      frame: frame(childFrames),
    });

    // Another tab's frame cannot slip into this tab's snapshot.
    expect(await handleMessage(message(0), frameAt(child, 8, 3))).toEqual({
      error: 'snapshot-not-asked',
    });
    expect(await handleMessage(message(1), frameAt(top, 7, 0))).toEqual({ ok: true });
    expect(await handleMessage(message(0), frameAt(top, 7, 0))).toEqual({
      error: 'snapshot-not-asked',
    }); // once per frame
    expect(await handleMessage(message(0), frameAt(child, 7, 3))).toEqual({ ok: true });

    const answer = (await pending) as unknown as SnapshotAnswer;
    expect(answer.snapshot.unanswered).toBe(0);
    expect(answer.snapshot.frames.map((f) => [f.top, f.url])).toEqual([
      [true, 'https://mydomain.my.salesforce-setup.com/lightning/setup/ImportedPackage/home'],
      [false, 'https://mydomain.my.salesforce-setup.com/0A3?setupid=ImportedPackage&isdtp=p1'],
    ]);
    expect(answer.text).toBe(JSON.stringify(answer.snapshot, null, 1));
    expect(answer.text).not.toMatch(/acme|ada@/);
    expect(answer.fileName).toMatch(/^page-snapshot-.*\.json$/);
    // The request is over: a late frame is refused.
    expect(await handleMessage(message(0), frameAt(child, 7, 4))).toMatchObject({
      error: 'snapshot-not-asked',
    });
  });

  it('says so when no frame of the tab answers', async () => {
    vi.useFakeTimers();
    const pending = handleMessage({ type: 'snapshot:tab', tabId: 9 }, POPUP);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await pending).toEqual({ error: 'snapshot-no-frame' });
    expect(asked.map((a) => a.tabId)).toEqual([9]);
  });

  it('refuses a malformed frame snapshot', async () => {
    const answer = await handleMessage(
      { type: 'snapshot:frame', request: 'x', frame: { url: 1, tree: { tag: '<script>' } } },
      frameAt('https://acme.my.salesforce.com/0A3', 1, 0),
    );
    expect(answer).toMatchObject({ error: 'invalid-message' });
  });
});
