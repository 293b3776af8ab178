/**
 * The content script's side of the panel's port: where the panel page lives, and the message
 * types (src/core/protocol/panel.ts, which also holds the schema the panel checks them with).
 */
export type { Connect, FrameCard, FromFrame, ShowCards } from '../../core/protocol/panel';

/** The path of the overlay page inside the extension (crxjs keeps source paths). */
export const OVERLAY_PAGE = 'src/overlay/index.html';
