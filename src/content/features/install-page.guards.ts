/**
 * The install page's warnings about order, upgrade and org kind (src/core/guards.ts decides
 * them from the page's facts and the worker's state): one card each, shown once the package is
 * known to be one of ours.
 */
import { guardsFor } from '../../core/guards';
import { AUDIENCE_LABELS, type Audience } from '../../core/plan';
import type { PageContext } from '../page';
import { audienceLabel, type InstallRun, whenOurs } from '../shared/install-page';
import { type Translate, t } from '../t';

/** `t`, but naming the security options as this page does (its Setup language may differ). */
const tOnPage: Translate = (key, ...substitutions) => {
  const audience = (Object.keys(AUDIENCE_LABELS) as Audience[]).find(
    (a) => AUDIENCE_LABELS[a] === key,
  );
  return audience ? audienceLabel(audience) : t(key, ...substitutions);
};

export function init(ctx: PageContext): void {
  whenOurs(ctx, 'guards', showGuards);
}

function showGuards(run: InstallRun): void {
  const { ctx, state, facts } = run;
  const guards = guardsFor(
    {
      package: run.key,
      version: facts.version,
      upgradeFrom: facts.upgradeFrom,
      pageHost: ctx.page.url.hostname,
      org: ctx.page.host.org,
      orgEnvironment: state?.environment ?? ctx.page.host.environment,
      steps: state?.steps ?? null,
      link: state?.link ?? null,
    },
    tOnPage,
  );
  for (const guard of guards) {
    run.overlay.show(
      `guard-${guard.kind}`,
      { tone: guard.tone, title: guard.title, body: [guard.text], announce: guard.title },
      ctx.signal,
    );
  }
}
