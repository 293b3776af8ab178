/**
 * "Make a page snapshot" on a "could not find" card: the worker gathers the snapshot of every
 * frame of this tab (each frame takes its own), and the panel shows it in full, to copy or save.
 * The text travels to the panel's frame as data and is validated there; nothing is sent anywhere.
 */

import type { PageContext } from '../page';
import { t } from '../t';

const CARD = 'snapshot';

export async function offerSnapshot(ctx: PageContext): Promise<void> {
  const overlay = await ctx.overlay();
  overlay.show(
    CARD,
    { tone: 'info', title: t('snapshotTitle'), body: [t('snapshotWorking')] },
    ctx.signal,
  );
  const answer = await ctx.send({ type: 'snapshot:request' });
  if (!answer || typeof answer.text !== 'string' || typeof answer.fileName !== 'string') {
    overlay.show(
      CARD,
      { tone: 'error', title: t('snapshotTitle'), body: [t('snapshotFailed')] },
      ctx.signal,
    );
    return;
  }
  overlay.show(
    CARD,
    {
      tone: 'info',
      title: t('snapshotTitle'),
      body: [t('snapshotExplain')],
      preview: { text: answer.text, fileName: answer.fileName },
      announce: t('snapshotReady'),
      actions: [{ label: t('snapshotClose'), run: () => overlay.remove(CARD) }],
    },
    ctx.signal,
  );
}
