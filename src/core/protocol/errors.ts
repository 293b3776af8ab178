/**
 * What a refused or failed message answers: `{ error: <code> }`. Codes, not sentences: the popup
 * and the panel put them into words (popup/api.ts), callers and tests match them. Zod-free, so
 * content scripts may import it.
 */
export const ERROR_CODES = [
  /** The sender is none the worker talks to (src/background/senders.ts). */
  'sender-not-allowed',
  /** The payload is not one of its sender's requests (src/core/protocol/requests.ts). */
  'invalid-message',
  /** A message about the org from a host that names none (login, test). */
  'no-org',
  /** `report:get` of an org the guide has no record of. */
  'no-progress',
  /** A snapshot asked from a frame that is not in a tab. */
  'not-in-tab',
  /** A frame's snapshot that no `snapshot:take` asked for. */
  'snapshot-not-asked',
  /** No frame of the tab answered a snapshot request. */
  'snapshot-no-frame',
  /** A link from the Quote-to-Cash site that does not install through a Salesforce login host. */
  'not-install-link',
  /** Storage is full even after freeing what can go (src/background/store.ts). */
  'storage-full',
  /** Anything else; the worker's console says what. */
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface Failure {
  error: ErrorCode;
  /** For `invalid-message`: where the payload failed (developer words, never shown to the admin). */
  detail?: string;
}

export const failure = (error: ErrorCode, detail?: string): Failure =>
  detail === undefined ? { error } : { error, detail };

export const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { error?: unknown }).error === 'string';
