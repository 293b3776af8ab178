/**
 * Answers the worker's request for a snapshot (src/background/snapshots.ts) in this frame: loaded
 * only when asked (src/content/index.ts listens), takes the frame's own snapshot and sends it
 * back. The Quote-to-Cash install site is not a Salesforce page and does not answer.
 */
import { QUOTE_TO_CASH_HOST } from '../../core/pages';
import type { ContentRequest } from '../../core/protocol/requests';
import type { GuideNotes } from '../../core/snapshot';
import { notFoundShown } from '../diagnostic';
import { words } from '../t';
import { takeFrameSnapshot } from './take';

export interface FrameGuide {
  /** Pages whose features run in this frame, the cards they show, and our overlay's host. */
  report(): Promise<{ recognized: string[]; cards: string[]; host: Element | null }>;
}

export async function answerSnapshot(request: string, guide: FrameGuide | null): Promise<void> {
  if (location.hostname === QUOTE_TO_CASH_HOST) return;
  const { host, ...running } = (await guide?.report()) ?? { recognized: [], cards: [], host: null };
  const notes: GuideNotes = {
    ...running,
    // In words here (the admin asked for the snapshot): the cards carry phrases (../t.ts).
    notFound: notFoundShown.map(({ recognizer, what, missing }) => ({
      recognizer,
      what: words(what),
      missing: missing.map(words),
    })),
  };
  const frame = takeFrameSnapshot(
    document,
    location.href,
    window === window.top,
    notes,
    undefined,
    host,
  );
  const message: ContentRequest = { type: 'snapshot:frame', request, frame };
  try {
    await chrome.runtime.sendMessage(message);
  } catch (error) {
    console.warn('[install guide] could not send the page snapshot', error);
  }
}
