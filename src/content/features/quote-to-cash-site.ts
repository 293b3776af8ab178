/**
 * The Quote-to-Cash install website (install.steelbrick.com, top frame only), where the admin
 * picks the CPQ and Billing release to install. For the org the admin is working on, marks the
 * newest release of the package that is next in that org's sequence and the link (Sandbox or
 * Production) that fits the org, and remembers the link the admin clicks so the install page
 * can say which link brought them there. Never rewrites a link, never navigates.
 * Reads the install links, the section heading above each and the release shown around it.
 * Page facts: docs/salesforce/quote-to-cash-site.md.
 */
import type { Environment } from '../../core/hosts';
import type { MessageKey } from '../../core/i18n';
import { nextStepsOf } from '../../core/next-steps';
import { AUDIENCE_LABELS, PACKAGE_KEYS, PACKAGES, STRIPE_DOCS } from '../../core/plan';
import type { SiteOrg, SiteState } from '../../core/protocol/answers';
import { chooseEnvironment, readInstallLink } from '../../core/releases';
import { showNotFound } from '../diagnostic';
import { commonAncestor } from '../dom/find';
import { observe } from '../observe';
import type { CardModel, Overlay } from '../overlay/types';
import type { PageContext } from '../page';
import type {
  QuoteToCashSite,
  SiteLink,
  SiteProduct,
  SiteRelease,
} from '../read/quote-to-cash-site';
import { linkFor, readQuoteToCashSite, releaseOfLink } from '../read/quote-to-cash-site';
import { t } from '../t';

const SETTLE_MS = 3000;
/** At most this many other orgs are offered in the picker. */
const PICKER_SIZE = 3;

type Next = SiteProduct | 'stripe' | 'all';

/** "a production org": the kind of org, with its article, per environment. */
const KIND: Record<Environment, MessageKey> = {
  production: 'kindProduction',
  sandbox: 'kindSandbox',
  developer: 'kindDeveloper',
  scratch: 'kindScratch',
  trailhead: 'kindTrailhead',
  demo: 'kindDemo',
  unknown: 'kindUnknown',
};

const kind = (environment: Environment) => t(KIND[environment]);

/** "Production link", "Sandbox link". */
const LINK_KEY = { production: 'linkProduction', sandbox: 'linkSandbox' } as const;
const linkName = (environment: 'production' | 'sandbox') => t(LINK_KEY[environment]);
const LINK_HOST = { production: 'login.salesforce.com', sandbox: 'test.salesforce.com' } as const;

/** The package whose install the plan has open first (src/core/next-steps.ts), or 'all'. */
export function nextProduct(steps: SiteOrg['steps']): Next {
  const { open } = nextStepsOf(steps);
  const first = open.find((id) => PACKAGE_KEYS.some((k) => PACKAGES[k].step === id));
  return PACKAGE_KEYS.find((k) => PACKAGES[k].step === first) ?? 'all';
}

const releaseText = (release: SiteRelease) => {
  const name = release.name?.label ?? '';
  const version = release.version ? (name ? `(${release.version})` : release.version) : '';
  return [PACKAGES[release.product].title, name, version].filter(Boolean).join(' ');
};

export async function init(ctx: PageContext): Promise<void> {
  await new SiteGuide(ctx).start();
}

class SiteGuide {
  private site: QuoteToCashSite = { sections: {}, linkCount: 0 };
  private state: SiteState | null = null;
  private overlay: Overlay | null = null;

  constructor(private readonly ctx: PageContext) {}

  async start(): Promise<void> {
    const { ctx } = this;
    // Listen first: a click while the worker answers is still the admin's choice.
    const options = { capture: true, signal: ctx.signal };
    document.addEventListener('click', this.onClick, options);
    document.addEventListener('auxclick', this.onClick, options);

    const site = await this.waitForLinks();
    if (ctx.signal.aborted) return;
    if (!site) {
      if (ctx.page.url.pathname === '/') {
        await showNotFound(ctx, t('whatReleaseList'), [t('missingInstallLinks')], []);
      }
      return;
    }
    this.site = site;
    await this.hello();
    this.overlay = await ctx.overlay();
    if (ctx.signal.aborted) return;
    this.render();
    // A site that re-renders its list replaces the elements we point at: follow it.
    ctx.watch(() => {
      this.site = readQuoteToCashSite(document);
      this.render();
    });
  }

  /** The release list, once the page shows at least one install link (now or after it renders). */
  private waitForLinks(): Promise<QuoteToCashSite | null> {
    const read = () => {
      const site = readQuoteToCashSite(document);
      return site.linkCount > 0 ? site : null;
    };
    const now = read();
    if (now) return Promise.resolve(now);
    return new Promise((resolve) => {
      const done = new AbortController();
      const finish = (value: QuoteToCashSite | null) => {
        if (done.signal.aborted) return;
        done.abort();
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => finish(read()), SETTLE_MS);
      this.ctx.signal.addEventListener('abort', () => finish(null));
      this.ctx.watch(() => {
        const value = done.signal.aborted ? null : read();
        if (value) finish(value);
      });
    });
  }

  private async hello(org?: string): Promise<void> {
    const answer = await this.ctx.send({
      type: 'site:hello',
      ...(org && { org }),
    });
    if (answer?.site) this.state = answer.site;
  }

  private async pick(org: string): Promise<void> {
    await this.hello(org);
    this.render();
  }

  private get org(): SiteOrg | null {
    const state = this.state;
    return state?.orgs.find((o) => o.org === state.current) ?? null;
  }

  private render(): void {
    if (!this.overlay || this.ctx.signal.aborted) return;
    this.overlay.show('site', this.model(), this.ctx.signal);
  }

  private model(): CardModel {
    const org = this.org;
    if (!org) return this.noOrgModel();
    const next = nextProduct(org.steps);
    if (next === 'stripe' || next === 'all') return this.afterSiteModel(org, next);
    const spec = PACKAGES[next];
    const newest = this.site.sections[next]?.releases[0];
    const picker = this.picker(org);
    if (!newest) {
      return {
        tone: 'warning',
        title: t('siteNoReleasesTitle', spec.title),
        body: [t('siteNoReleases', spec.title, org.org)],
        actions: picker,
      };
    }
    const environment = chooseEnvironment(org.environment);
    const link = environment ? linkFor(newest, environment) : null;
    const where = newest.elements[0] ?? null;
    const body = [
      next === 'cpq'
        ? t('siteInstallingCpq', org.org, spec.title, PACKAGES.billing.title)
        : t('siteInstallingBilling', org.org, PACKAGES.cpq.title, spec.title),
      environment
        ? t(
            'siteUseLink',
            org.org,
            kind(org.environment),
            linkName(environment),
            LINK_HOST[environment],
          )
        : t('siteUnknownKind', org.org),
      environment && !link ? t('siteNoLinkForRelease', linkName(environment)) : '',
      t('siteAudienceHint', t(AUDIENCE_LABELS[spec.audience])),
    ].filter(Boolean);
    return {
      tone: 'info',
      title: t('siteNewestTitle', releaseText(newest)),
      body,
      actions: picker,
      // Beside the whole product list, so that the admin still sees the older releases.
      anchor: this.listOf(next) ?? where,
      highlight: [
        ...(where ? [where] : []),
        ...(link ? [link.element] : environment ? [] : newest.links.map((l) => l.element)),
      ],
      announce: link
        ? t('siteNewestAnnounceLink', releaseText(newest), linkName(link.environment))
        : t('siteNewestAnnounce', releaseText(newest)),
    };
  }

  /** The element holding every release of a product (a table, a list), if it is not the whole page. */
  private listOf(product: SiteProduct): Element | null {
    const elements = (this.site.sections[product]?.releases ?? []).flatMap((r) => r.elements);
    const list = elements.length > 1 ? commonAncestor(elements) : null;
    return list && list !== document.body && list !== document.documentElement ? list : null;
  }

  private noOrgModel(): CardModel {
    const cpq = this.site.sections.cpq?.releases[0];
    const billing = this.site.sections.billing?.releases[0];
    const newest = [cpq, billing].filter((r) => r !== undefined).map(releaseText);
    const where = cpq?.elements[0] ?? null;
    return {
      tone: 'info',
      title: t('siteNoOrgTitle'),
      body: [
        t('siteNoOrg'),
        newest.length > 0
          ? t('siteNewestHere', newest.join('; '), PACKAGES.cpq.title, PACKAGES.billing.title)
          : '',
      ].filter(Boolean),
      anchor: this.listOf('cpq') ?? where,
      highlight: where ? [where] : [],
    };
  }

  private afterSiteModel(org: SiteOrg, next: 'stripe' | 'all'): CardModel {
    if (next === 'all') {
      return {
        tone: 'success',
        title: t('siteAllInstalledTitle', org.org),
        body: [t('siteAllInstalled')],
        links: [{ label: t('siteConfigureLink'), href: STRIPE_DOCS.configure }],
        actions: this.picker(org),
      };
    }
    const environment = chooseEnvironment(org.environment);
    return {
      tone: 'success',
      title: t('siteCpqBillingInstalledTitle', PACKAGES.cpq.title, PACKAGES.billing.title, org.org),
      body: [
        environment
          ? t('siteStripeNextKind', org.org, kind(org.environment), linkName(environment))
          : t('siteStripeNext'),
      ],
      links: [{ label: t('siteStripeLink'), href: STRIPE_DOCS.install }],
      actions: this.picker(org),
    };
  }

  /** A small picker: the other orgs with progress, most recently updated first. */
  private picker(org: SiteOrg): CardModel['actions'] {
    const others = (this.state?.orgs ?? []).filter((o) => o.org !== org.org).slice(0, PICKER_SIZE);
    return others.map((o) => ({
      label: t('siteSwitchTo', o.org),
      run: () => void this.pick(o.org),
    }));
  }

  /** A trusted click (or middle click) on an install link: remember it; never stop it. */
  private onClick = (event: MouseEvent) => {
    if (!event.isTrusted || (event.type === 'auxclick' && event.button !== 1)) return;
    const target = event.target instanceof Element ? event.target : null;
    const anchor = target?.closest('a[href]');
    if (!(anchor instanceof HTMLAnchorElement)) return;
    const raw = readInstallLink(anchor.href);
    if (!raw?.environment) return;
    const site = readQuoteToCashSite(document);
    const hit = releaseOfLink(site, anchor);
    // Sent before the browser follows the link, in case it replaces this page.
    void observe(this.ctx, {
      kind: 'install-link',
      url: anchor.href.slice(0, 2048),
      versionId: raw.versionId,
      environment: raw.environment,
      ...(hit?.release.label && { release: hit.release.label.slice(0, 100) }),
      ...(hit && { package: hit.release.product }),
    });
    if (hit) this.showClicked(hit.release, hit.link, hit.newest);
  };

  private showClicked(release: SiteRelease, link: SiteLink, newest: SiteRelease): void {
    if (!this.overlay) return;
    const org = this.org;
    const spec = PACKAGES[release.product];
    const which = t('siteWhich', releaseText(release), linkName(link.environment));
    const warnings: string[] = [];
    const expected = org ? chooseEnvironment(org.environment) : null;
    if (org && expected && expected !== link.environment) {
      warnings.push(
        t(
          'siteWrongLink',
          org.org,
          kind(org.environment),
          linkName(expected),
          LINK_HOST[expected],
          linkName(link.environment),
          LINK_HOST[link.environment],
        ),
      );
    }
    if (release !== newest) {
      warnings.push(
        release.label
          ? t('siteNotNewest', release.label, spec.title, releaseText(newest))
          : t('siteNotNewestUnnamed', spec.title, releaseText(newest)),
      );
    }
    if (org && release.product === 'billing' && nextProduct(org.steps) === 'cpq') {
      warnings.push(t('siteCpqFirst', PACKAGES.cpq.title, org.org, PACKAGES.billing.title));
    }
    const model: CardModel =
      warnings.length > 0
        ? {
            tone: 'warning',
            title: t('siteCheckTitle', which),
            body: [...warnings, t('siteCheck')],
            announce: t('siteCheckAnnounce', which),
          }
        : {
            tone: 'success',
            title: t('siteOpenedTitle', which),
            body: [org ? t('siteOpenedInto', org.org) : t('siteOpened')],
            announce: t('siteOpenedAnnounce', which),
          };
    this.overlay.show('site-click', model, this.ctx.signal);
  }
}
