/**
 * The worker's one entry for runtime messages: who sent it (./senders.ts) picks the handler
 * (./handlers/), which validates the message with that sender's schema and answers per the
 * protocol (src/core/protocol/). Failures are `{ error: <code> }`; nothing throws to the sender.
 */
import type { Runtime } from 'webextension-polyfill';
import { failure } from '../core/protocol/errors';
import { handleContent } from './handlers/content';
import { handleExtension } from './handlers/extension';
import { handleSite } from './handlers/site';
import { classifySender } from './senders';
import { StorageFullError } from './store';

export async function handleMessage(
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<unknown> {
  try {
    const from = classifySender(sender);
    switch (from?.kind) {
      case 'extension':
        return await handleExtension(message);
      case 'site':
        return await handleSite(message, from.where);
      case 'content':
        return await handleContent(message, from.where);
      default:
        return failure('sender-not-allowed');
    }
  } catch (error) {
    if (error instanceof StorageFullError) return failure('storage-full');
    console.error('[install guide] message failed', error);
    return failure('internal');
  }
}
