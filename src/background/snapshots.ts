/**
 * Gathers the page snapshot of one tab: asks every frame of the tab at once (`snapshot:take`,
 * src/content/index.ts listens in every Salesforce frame), each frame snapshots itself and sends
 * it back (`snapshot:frame`, validated in router.ts). The worker cannot list a tab's frames
 * without a new permission, so each frame says how many frames of Salesforce pages it holds;
 * the snapshot is complete when the top frame and all the frames counted have answered, or after
 * COLLECT_MS with what arrived (`unanswered` says how many are missing).
 *
 * Before it goes out, every string is swept again with the worker's own knowledge of each frame
 * (its URL from the sender, never from the payload): redaction does not rest on one place.
 */
import browser from 'webextension-polyfill';
import { maskUrl, type RedactionContext, redactionContext, scrubText } from '../core/redaction';
import {
  type FrameSnapshot,
  type PageSnapshot,
  SNAPSHOT_KIND,
  SNAPSHOT_LIMITS,
  type SnapshotAnswer,
  type SnapshotChild,
  type SnapshotElement,
  snapshotFileName,
} from '../core/snapshot';

export const COLLECT_MS = 5000;

interface Pending {
  tabId: number;
  frames: Map<number, FrameSnapshot>;
  check(): void;
}

/** Requests in progress (in memory: the requester's open message keeps the worker running). */
const pending = new Map<string, Pending>();

const expected = (frames: Map<number, FrameSnapshot>): number | null => {
  const top = [...frames.values()].some((f) => f.top);
  return top ? 1 + [...frames.values()].reduce((sum, f) => sum + f.childFrames, 0) : null;
};

/** The snapshot of the tab, or null when none of its frames answered (no Salesforce page there). */
export async function collectSnapshot(tabId: number): Promise<SnapshotAnswer | null> {
  const request = crypto.randomUUID();
  const frames = new Map<number, FrameSnapshot>();
  let settle = () => {};
  const complete = new Promise<void>((resolve) => {
    settle = resolve;
  });
  pending.set(request, {
    tabId,
    frames,
    check() {
      const want = expected(frames);
      if ((want !== null && frames.size >= want) || frames.size >= SNAPSHOT_LIMITS.frames) settle();
    },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // Every frame gets it; none answers here (they send `snapshot:frame`), so this rejects.
    browser.tabs.sendMessage(tabId, { type: 'snapshot:take', request }).catch(() => undefined);
    await Promise.race([
      complete,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, COLLECT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    pending.delete(request);
  }
  if (frames.size === 0) return null;
  const list = [...frames.entries()]
    .sort(([a, fa], [b, fb]) => Number(fb.top) - Number(fa.top) || a - b)
    .map(([, frame]) => frame);
  const takenAt = new Date().toISOString();
  const snapshot: PageSnapshot = {
    kind: SNAPSHOT_KIND,
    version: 1,
    extension: chrome.runtime.getManifest().version,
    takenAt,
    unanswered: Math.max(0, (expected(frames) ?? frames.size + 1) - frames.size),
    frames: list,
  };
  return { snapshot, text: JSON.stringify(snapshot, null, 1), fileName: snapshotFileName(takenAt) };
}

/**
 * A frame's answer: kept only for a request in progress for the sender's own tab, once per frame,
 * its URL the sender's real one masked, its strings swept.
 */
export function acceptFrame(
  request: string,
  frame: FrameSnapshot,
  sender: { tabId: number | undefined; frameId: number; url: URL },
): boolean {
  const wanted = pending.get(request);
  if (!wanted || wanted.tabId !== sender.tabId || wanted.frames.has(sender.frameId)) return false;
  const ctx = redactionContext(sender.url.href);
  wanted.frames.set(sender.frameId, {
    ...frame,
    url: maskUrl(sender.url.href, ctx),
    top: sender.frameId === 0,
    guide: {
      recognized: frame.guide.recognized,
      cards: frame.guide.cards,
      notFound: frame.guide.notFound.map((n) => ({
        recognizer: n.recognizer,
        what: scrubText(n.what, ctx),
        missing: n.missing.map((m) => scrubText(m, ctx)),
      })),
    },
    tree: sweep(frame.tree, ctx),
  });
  wanted.check();
  return true;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action']);

function sweep(node: SnapshotElement, ctx: RedactionContext): SnapshotElement {
  const out: SnapshotElement = { tag: node.tag };
  if (node.attrs) {
    out.attrs = Object.fromEntries(
      Object.entries(node.attrs).map(([name, value]) => [
        name,
        URL_ATTRIBUTES.has(name) ? maskUrl(value, ctx) : scrubText(value, ctx),
      ]),
    );
  }
  if (node.state) {
    out.state = { ...node.state };
    if (node.state.value !== undefined) out.state.value = scrubText(node.state.value, ctx);
  }
  const children = (list: SnapshotChild[]) =>
    list.map((c) => (typeof c === 'string' ? scrubText(c, ctx) : sweep(c, ctx)));
  if (node.children) out.children = children(node.children);
  if (node.shadow) out.shadow = children(node.shadow);
  return out;
}
