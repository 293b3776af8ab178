/** Requests from the extension's own pages (the popup): reports, manual changes, settings. */

import { rejudgePermsets } from '../../core/config/apply-permsets';
import { applyManual } from '../../core/progress';
import type { ExtensionAnswers } from '../../core/protocol/answers';
import { failure } from '../../core/protocol/errors';
import { type ExtensionRequest, extensionRequestSchema } from '../../core/protocol/requests';
import { updateBadges } from '../badge';
import { collectSnapshot } from '../snapshots';
import {
  answersOf,
  readOrg,
  readOrgAnswers,
  readOrgSettings,
  readSettings,
  resetOrg,
  updateOrg,
  writeOrgSettings,
  writeSettings,
} from '../store';
import { orgList, reportOf } from '../views';
import { dispatch, type Handlers } from './dispatch';

const handlers: Handlers<ExtensionRequest, ExtensionAnswers, null> = {
  async 'report:get'(msg) {
    const progress = await readOrg(msg.org);
    return progress
      ? reportOf(progress, await readOrgAnswers(msg.org), msg.environment)
      : failure('no-progress');
  },
  async 'report:list'() {
    return { orgs: await orgList() };
  },
  async 'step:set'(msg) {
    const next = await updateOrg(msg.org, 'unknown', (state) =>
      applyManual(state, msg.step, msg.status, new Date().toISOString()),
    );
    await updateBadges();
    return reportOf(next, await readOrgAnswers(msg.org));
  },
  async 'org:reset'(msg) {
    await resetOrg(msg.org);
    await updateBadges();
    return { ok: true };
  },
  async 'settings:get'() {
    return { settings: await readSettings() };
  },
  async 'settings:set'(msg) {
    return { settings: await writeSettings(msg.settings) };
  },
  async 'org-settings:get'(msg) {
    return { settings: answersOf(await readOrgSettings(msg.org)) };
  },
  async 'org-settings:set'(msg) {
    const settings = answersOf(await writeOrgSettings(msg.org, msg.settings));
    // Permission set steps depend on the admin profile and the Billing access acknowledgement.
    if (await readOrg(msg.org))
      await updateOrg(msg.org, 'unknown', (state) =>
        rejudgePermsets(state, settings, new Date().toISOString()),
      );
    // The answers change what is needed, so the badge too.
    await updateBadges();
    return { settings };
  },
  async 'snapshot:tab'(msg) {
    return (await collectSnapshot(msg.tabId)) ?? failure('snapshot-no-frame');
  },
};

export const handleExtension = (message: unknown) =>
  dispatch(extensionRequestSchema, handlers, message, null);
