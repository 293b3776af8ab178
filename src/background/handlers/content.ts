/**
 * Requests from our content script in a tab on a Salesforce host. The org and its environment
 * are the sender's host's (src/background/senders.ts), never the payload's.
 */

import { applyObservation, summarize } from '../../core/progress';
import type { ContentAnswers } from '../../core/protocol/answers';
import { failure } from '../../core/protocol/errors';
import { type ContentRequest, contentRequestSchema } from '../../core/protocol/requests';
import { updateBadges } from '../badge';
import { rememberAnswer, rememberLink } from '../links';
import type { ContentSender } from '../senders';
import { acceptFrame, collectSnapshot } from '../snapshots';
import { readOrgAnswers, updateOrg, writeAnswer, writeLauncher } from '../store';
import { pageState } from '../views';
import { dispatch, type Handlers } from './dispatch';
import { clampTime } from './observation-time';

const handlers: Handlers<ContentRequest, ContentAnswers, ContentSender> = {
  async 'page:hello'(msg, where) {
    const { org, environment } = where.host;
    return { ok: true, state: await pageState(org, environment, msg.versionId) };
  },

  async observe(msg, where) {
    const { org, environment } = where.host;
    const observation = clampTime(msg.observation);
    if (observation.kind === 'install-link' || (observation.kind === 'install-page' && !org)) {
      if (observation.versionId) {
        await rememberLink({
          versionId: observation.versionId,
          environment: observation.kind === 'install-link' ? observation.environment : environment,
          host: where.url.hostname,
          ...(observation.kind === 'install-link' &&
            observation.release && { release: observation.release }),
          ...(observation.package && { package: observation.package }),
          at: observation.seenAt,
        });
      }
      if (!org)
        return { ok: true, state: await pageState(null, environment, observation.versionId) };
    }
    if (!org) return failure('no-org');
    const answers = await readOrgAnswers(org);
    const next = await updateOrg(org, environment, (state) =>
      applyObservation(state, observation, answers),
    );
    await updateBadges();
    return {
      ok: true,
      summary: summarize(next, answers),
      state: await pageState(org, environment),
    };
  },

  async 'install:answer'(msg, where) {
    const { org, environment } = where.host;
    // On an org host the answer is the org's; on a login host it waits with the chosen link.
    if (org)
      await writeAnswer(org, msg.versionId, { package: msg.answer, at: new Date().toISOString() });
    else await rememberAnswer(msg.versionId, msg.answer, { environment, host: where.url.hostname });
    return { ok: true, state: await pageState(org, environment, msg.versionId) };
  },

  async 'launcher:set'(msg, where) {
    const { org, environment } = where.host;
    if (!org) return failure('no-org');
    const { type: _, ...change } = msg;
    await writeLauncher(org, change);
    return { ok: true, state: await pageState(org, environment) };
  },

  async 'snapshot:frame'(msg, where) {
    return acceptFrame(msg.request, msg.frame, where)
      ? { ok: true }
      : failure('snapshot-not-asked');
  },

  async 'snapshot:request'(_msg, where) {
    if (where.tabId === undefined) return failure('not-in-tab');
    return (await collectSnapshot(where.tabId)) ?? failure('snapshot-no-frame');
  },
};

export const handleContent = (message: unknown, where: ContentSender) =>
  dispatch(contentRequestSchema, handlers, message, where);
