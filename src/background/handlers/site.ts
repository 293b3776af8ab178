/**
 * Requests from our content script on the Quote-to-Cash install site (top frame or not). That
 * site belongs to no org: it may only ask which org the admin is working on and report the
 * install link the admin clicked.
 */
import type { SiteAnswers } from '../../core/protocol/answers';
import { failure } from '../../core/protocol/errors';
import { type SiteRequest, siteRequestSchema } from '../../core/protocol/requests';
import { readInstallLink } from '../../core/releases';
import { rememberLink } from '../links';
import type { TabSender } from '../senders';
import { siteState } from '../views';
import { dispatch, type Handlers } from './dispatch';
import { clampTime } from './observation-time';

const handlers: Handlers<SiteRequest, SiteAnswers, TabSender> = {
  async 'site:hello'(msg) {
    return { ok: true, site: await siteState(msg.org) };
  },

  async observe(msg) {
    const observation = clampTime(msg.observation);
    // What the link installs into is read from the link itself, never taken on trust.
    const link = readInstallLink(observation.url);
    if (
      !link?.environment ||
      link.versionId.slice(0, 15) !== observation.versionId.slice(0, 15) ||
      link.environment !== observation.environment
    ) {
      return failure('not-install-link');
    }
    await rememberLink({
      versionId: link.versionId,
      environment: link.environment,
      host: link.host,
      ...(observation.release && { release: observation.release }),
      ...(observation.package && { package: observation.package }),
      at: observation.seenAt,
    });
    return { ok: true };
  },
};

export const handleSite = (message: unknown, where: TabSender) =>
  dispatch(siteRequestSchema, handlers, message, where);
