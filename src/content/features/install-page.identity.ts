/**
 * The package installer, Classic entry or Aura app (docs/salesforce/install-page.md), on the
 * generic login hosts and the org's own hosts: which package it installs. The decision itself
 * (every signal as the page renders, or the admin's answer) is src/content/shared/install-page.identity.ts;
 * here the guide says what was decided: another package (and then nothing more on this page),
 * a package the admin named, and the install link that brought the admin here.
 */
import { GENERIC_LOGIN_HOSTS } from '../../core/login-hosts';
import { PACKAGES } from '../../core/plan';
import { observe } from '../observe';
import type { PageContext } from '../page';
import { type Decision, whenDecided } from '../shared/install-page';
import { signalText } from '../shared/install-page.identity';
import { t } from '../t';

export function init(ctx: PageContext): void {
  whenDecided(ctx, (decision) => showIdentity(ctx, decision));
}

function showIdentity(ctx: PageContext, { decided, overlay, state }: Decision): void {
  const { identity, facts } = decided;
  if (identity.kind === 'other') {
    overlay.show(
      'install',
      {
        tone: 'info',
        title: t('installNotOursTitle'),
        body: [
          identity.stripe
            ? t('installOtherStripe', identity.name)
            : t('installNotOurs', identity.name || t('installThisPackage')),
        ],
      },
      ctx.signal,
    );
    return;
  }
  const key = identity.package;
  const spec = PACKAGES[key];
  if (identity.by === 'admin') {
    overlay.show(
      'identity',
      {
        tone: identity.conflicts.length > 0 ? 'warning' : 'info',
        title: t('installNamedTitle', spec.title),
        body: [
          identity.conflicts.length > 0
            ? t('installNamedConflict', identity.conflicts.map(signalText).join('; '))
            : t('installNamed'),
        ],
      },
      ctx.signal,
    );
  }

  const generic = GENERIC_LOGIN_HOSTS[ctx.page.url.hostname.toLowerCase()];
  if (generic && facts.versionId) {
    void observe(ctx, {
      kind: 'install-link',
      package: key,
      versionId: facts.versionId,
      environment: generic,
    });
  }

  // The install link the admin chose (on the Quote-to-Cash site or a login host), as remembered.
  const link = state?.link;
  if (!link) return;
  const via =
    link.environment === 'sandbox'
      ? t('linkSandbox')
      : link.environment === 'production'
        ? t('linkProduction')
        : null;
  const what = link.release ? `${spec.title} ${link.release}` : spec.title;
  const org = ctx.page.host.org;
  const text =
    via && org
      ? t('installLinkViaInto', what, via, org)
      : via
        ? t('installLinkVia', what, via)
        : org
          ? t('installLinkInto', what, org)
          : t('installLink', what);
  overlay.show('link', { tone: 'info', title: t('installLinkTitle'), body: [text] }, ctx.signal);
}
