/**
 * "Send a page snapshot": the snapshot of the tab the popup was opened over (every Salesforce
 * frame of it, gathered by the worker), previewed in full to copy or download. The worker's
 * answer is validated here before anything of it is shown.
 */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { snapshotAnswerSchema } from '../core/snapshot';
import { SnapshotPreview } from '../ui/SnapshotPreview';
import { t } from '../ui/t';
import { isFailure, send, workerError } from './api';

/** The tab the popup is about: `?tabId=`, else the active tab of the current window. */
async function targetTab(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) return /^\d+$/.test(param) ? Number(param) : null;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; text: string; fileName: string };

export function SnapshotSection() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const take = async () => {
    setState({ kind: 'busy' });
    const tabId = await targetTab(location.search);
    if (tabId === null) {
      setState({ kind: 'error', message: t('popupSnapshotFailed', t('popupErrorNoAnswer')) });
      return;
    }
    const answer = await send({ type: 'snapshot:tab', tabId });
    if (isFailure(answer)) {
      setState({ kind: 'error', message: t('popupSnapshotFailed', workerError(answer)) });
      return;
    }
    const parsed = snapshotAnswerSchema.safeParse(answer);
    setState(
      parsed.success
        ? { kind: 'ready', text: parsed.data.text, fileName: parsed.data.fileName }
        : { kind: 'error', message: t('popupSnapshotFailed', t('snapshotFailed')) },
    );
  };
  return (
    <details class="more" data-section="snapshot">
      <summary>{t('popupSnapshot')}</summary>
      <p class="muted">{t('popupSnapshotHelp')}</p>
      <p class="muted">{t('snapshotExplain')}</p>
      <button
        type="button"
        class="btn"
        data-snapshot-take
        disabled={state.kind === 'busy'}
        onClick={() => void take()}
      >
        {state.kind === 'busy' ? t('snapshotWorking') : t('popupSnapshot')}
      </button>
      {state.kind === 'error' && (
        <p class="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && <SnapshotPreview text={state.text} fileName={state.fileName} />}
    </details>
  );
}
