/**
 * A page snapshot shown in full before it leaves the extension page (the popup, or the panel on
 * a "could not find" card): the admin reads exactly the text that Copy puts on the clipboard and
 * Download saves. The text is validated here, where it is received; a text that is not a page
 * snapshot is refused, not shown.
 */
import { useState } from 'preact/hooks';
import { type PageSnapshot, pageSnapshotSchema, type SnapshotChild } from '../core/snapshot';
import { downloadText } from '../popup/download';
import { t } from './t';
import './snapshot.css';

const count = (children: readonly SnapshotChild[] | undefined): number =>
  (children ?? []).reduce(
    (sum, c) => (typeof c === 'string' ? sum : sum + 1 + count(c.children) + count(c.shadow)),
    0,
  );

/** The snapshot the text holds, or null when it is not one. */
export function readSnapshot(text: string): PageSnapshot | null {
  try {
    const parsed = pageSnapshotSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function SnapshotPreview(props: { text: string; fileName: string }) {
  const [status, setStatus] = useState('');
  const snapshot = readSnapshot(props.text);
  if (!snapshot) {
    return (
      <p class="snapshot-error" role="alert">
        {t('snapshotFailed')}
      </p>
    );
  }
  const elements = snapshot.frames.reduce((sum, f) => sum + 1 + count(f.tree.children), 0);

  const copy = async (area: HTMLTextAreaElement | null) => {
    try {
      await navigator.clipboard.writeText(props.text);
      setStatus(t('snapshotCopied'));
    } catch {
      // Clipboard API refused (a framed page may not have it): copy the selected text instead.
      area?.select();
      setStatus(document.execCommand('copy') ? t('snapshotCopied') : t('snapshotCopyFailed'));
    }
  };
  let area: HTMLTextAreaElement | null = null;
  return (
    <div class="snapshot" data-snapshot>
      <p class="snapshot-summary">
        {t('snapshotSummary', snapshot.frames.length, elements, snapshot.unanswered)}
      </p>
      <textarea
        ref={(el) => {
          area = el;
        }}
        class="snapshot-text"
        readOnly
        rows={8}
        spellcheck={false}
        aria-label={t('snapshotPreview')}
        value={props.text}
      />
      <div class="snapshot-buttons">
        <button type="button" data-snapshot-copy onClick={() => void copy(area)}>
          {t('snapshotCopy')}
        </button>
        <button
          type="button"
          data-snapshot-download
          onClick={() => {
            downloadText(props.text, props.fileName, 'application/json');
            setStatus(t('snapshotDownloaded', props.fileName));
          }}
        >
          {t('snapshotDownload')}
        </button>
      </div>
      <p class="snapshot-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
