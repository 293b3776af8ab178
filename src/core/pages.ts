/**
 * Where each page of the sequence lives, as pure URL predicates with the real URLs they must
 * match beside them (tests/unit/pages.test.ts checks every example against every predicate).
 * The content entry (src/content/index.ts) runs the features of every page whose predicate
 * matches (src/content/features/<page-id>.*.ts).
 */
import { type HostIdentity, identifyHost } from './hosts';
import { isInstallerPath } from './install-url';
import { httpsUrl } from './urls';

export interface PageUrl {
  url: URL;
  host: HostIdentity;
}

const path = (page: PageUrl) => page.url.pathname.toLowerCase();
const onOrgHost = (page: PageUrl) =>
  page.host.surface === 'classic' ||
  page.host.surface === 'setup' ||
  page.host.surface === 'lightning';

/** A package's Visualforce pages (its settings page among them): the namespace's `/apex/` host. */
const packageSettings = (p: PageUrl, namespace: string) =>
  p.host.surface === 'visualforce' &&
  p.host.namespace === namespace &&
  path(p).startsWith('/apex/');

/**
 * The Quote-to-Cash install website (docs/salesforce/quote-to-cash-site.md). Not a Salesforce org
 * host: it belongs to no org, so it gets an identity of its own here rather than in hosts.ts.
 */
export const QUOTE_TO_CASH_HOST = 'install.steelbrick.com';

export const PAGE_URLS = {
  /**
   * The package installer, Classic entry or Aura app (src/core/install-url.ts): reached through
   * login/test.salesforce.com, served on the org's hosts (My Domain, Lightning, Setup).
   */
  'install-page': (p) =>
    isInstallerPath(p.url.pathname) && (onOrgHost(p) || p.host.surface === 'generic-login'),
  /** The Classic Installed Packages list, alone or framed inside Lightning Setup. */
  'installed-packages': (p) => /^\/0a3\/?$/.test(path(p)) && onOrgHost(p),
  /** CPQ's package settings: any Visualforce page of the SBQQ namespace (the page name is unconfirmed). */
  'cpq-settings': (p) => packageSettings(p, 'sbqq'),
  /** The OAuth approval popup opened by "Authorize new calculation service". */
  'remote-access-authorization': (p) =>
    path(p) === '/setup/secur/remoteaccessauthorizationpage.apexp' && onOrgHost(p),
  /** A Classic user detail page (User ids start with 005), alone or framed in Lightning Setup. */
  'user-detail': (p) => /^\/005[a-z0-9]{12}(?:[a-z0-9]{3})?$/.test(path(p)) && onOrgHost(p),
  /**
   * Edit Assignments of a user's permission sets (docs/salesforce/permission-sets.md: the real
   * URL is unknown; this is the replica's, and the features check the page's content).
   */
  'edit-permission-set-assignments': (p) =>
    path(p) === '/_ui/perms/ui/setup/permsetassignmentpage' && onOrgHost(p),
  /** A permission set's Manage Assignments user list (`/005?id=0PS…`), alone or framed. */
  'permission-set-manage-assignments': (p) =>
    /^\/005\/?$/.test(path(p)) && /^0PS/i.test(p.url.searchParams.get('id') ?? '') && onOrgHost(p),
  /** Any Lightning Setup page (top frame): where the on-page launcher lives. */
  'setup-shell': (p) =>
    (p.host.surface === 'setup' || p.host.surface === 'lightning') &&
    path(p).startsWith('/lightning/setup/'),
  /** The Quote-to-Cash install website: CPQ and Billing releases with their install links. */
  'quote-to-cash-site': (p) => p.host.host === QUOTE_TO_CASH_HOST,
  // #18 items 2 and 3 (docs/salesforce/record-pages.md, billing-settings.md).
  /** A Lightning record page `/lightning/r/<object API name>/<id>/view` (top frame). */
  'record-page': (p) =>
    p.host.surface === 'lightning' && /^\/lightning\/r\/\w+\/\w{15,18}\/view\/?$/.test(path(p)),
  /** The page layout editor: Lightning Setup's page of one layout, or the Classic editor itself. */
  'layout-editor': (p) =>
    onOrgHost(p) &&
    (/^\/lightning\/setup\/objectmanager\/\w+\/pagelayouts\/00h\w{12,15}\/view\/?$/.test(path(p)) ||
      // The Classic editor names its layout in `lid` (layout ids start with 00h).
      (path(p) === '/layouteditor/layouteditor.apexp' &&
        /^00h/i.test(p.url.searchParams.get('lid') ?? ''))),
  /** Billing's package settings: any Visualforce page of the blng namespace (page name unknown). */
  'billing-settings': (p) => packageSettings(p, 'blng'),
  // #18's pages of unknown URL: envelopes, each with a content test (src/core/page-probes.ts).
  /** Any Lightning page (top frame): the App Launcher opens over every one. */
  'app-launcher': (p) =>
    p.host.surface === 'lightning' &&
    path(p).startsWith('/lightning/') &&
    !path(p).startsWith('/lightning/setup/'),
  /** The Stripe setup app: a Lightning tab or app, or a Visualforce page of a package not ours. */
  'stripe-setup-app': (p) =>
    (p.host.surface === 'lightning' && /^\/lightning\/(?:n|app)\//.test(path(p))) ||
    (p.host.surface === 'visualforce' &&
      !['sbqq', 'blng', 'c'].includes(p.host.namespace ?? 'c') &&
      path(p).startsWith('/apex/')),
  /** Billing's Payment Center: a Visualforce page of Billing, or a Lightning tab. */
  'payment-center': (p) =>
    (p.host.surface === 'visualforce' &&
      p.host.namespace === 'blng' &&
      path(p).startsWith('/apex/')) ||
    (p.host.surface === 'lightning' && path(p).startsWith('/lightning/n/')),
  /** Object Manager → an object (API name or 01I id) → Page Layouts: Lightning, top frame. */
  'page-layouts-tab': (p) =>
    (p.host.surface === 'setup' || p.host.surface === 'lightning') &&
    /^\/lightning\/setup\/objectmanager\/[a-z0-9_]+\/pagelayouts\/view$/.test(path(p)),
  /**
   * Page Layout Assignment and Edit Assignment: Classic Setup pages whose URL is unknown
   * (docs/salesforce/page-layouts.md), so any Classic Setup path; the features act only when the
   * content is the assignment table and say nothing otherwise.
   */
  'page-layout-assignment': (p) =>
    p.host.surface !== 'visualforce' &&
    onOrgHost(p) &&
    /^\/(ui\/setup|setup\/ui|layouts?)\//.test(path(p)) &&
    !path(p).includes('picklist'),
  /** A global picklist value set's Classic detail page (ids start with 0Nt), alone or framed. */
  'picklist-value-set': (p) => /^\/0nt[a-z0-9]{12}(?:[a-z0-9]{3})?$/.test(path(p)) && onOrgHost(p),
  /** New on a value set: the URL is a guess (docs/salesforce/picklist-value-sets.md). */
  'picklist-value-new': (p) =>
    /^\/setup\/ui\/picklist_[a-z]*new\.jsp$/.test(path(p)) && onOrgHost(p),
} as const satisfies Record<string, (page: PageUrl) => boolean>;

/**
 * Real URLs each predicate must match (and no other must): checked by tests/unit/pages.test.ts.
 * A separate object so that the bundle, which never reads it, leaves it out.
 */
export const PAGE_URL_EXAMPLES: Record<PageId, readonly string[]> = {
  'install-page': [
    'https://login.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N7PnQAK',
    'https://test.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N7PnQAK',
    'https://acme.my.salesforce.com/packaging/installPackage.apexp?p0=04t4N000000N7PnQAK',
    'https://acme--uat.sandbox.my.salesforce.com/packaging/installPackage.apexp?p0=04t1K000002J0KK',
    'https://acme.my.salesforce-setup.com/packaging/installPackage.apexp?p0=04t4N000000N7PnQAK',
    'https://acme.lightning.force.com/packagingSetupUI/ipLanding.app?apvId=04t4N000000N7PnQAK',
    'https://acme--uat.sandbox.lightning.force.com/packagingSetupUI/ipLanding.app?apvId=04t1K000002J0KK',
    'https://login.salesforce.com/packagingSetupUI/ipLanding.app?apvId=04t4N000000N7PnQAK',
    'https://test.salesforce.com/packagingSetupUI/ipLanding.app?apvId=04t1K000002J0KK',
    'https://acme.my.salesforce-setup.com/packagingSetupUI/ipLanding.app?apvId=04t4N000000N7PnQAK',
    'https://acme-dev-ed.develop.lightning.force.com/packagingSetupUI/ipLanding.app?apvId=04t4N000000N7Pn',
  ],
  'installed-packages': [
    'https://acme.my.salesforce.com/0A3?setupid=ImportedPackage',
    'https://acme.my.salesforce-setup.com/0A3?setupid=ImportedPackage&isdtp=p1&retURL=%2Fui%2Fsetup%2FSetup',
    'https://acme--uat.sandbox.my.salesforce.com/0A3?setupid=ImportedPackage&isdtp=p1',
    'https://acme-dev-ed.develop.my.salesforce.com/0A3',
  ],
  'cpq-settings': [
    'https://acme--sbqq.vf.force.com/apex/EditSettings',
    'https://acme--uat--sbqq.sandbox.vf.force.com/apex/sbqq__EditSettings?isdtp=p1',
    'https://acme-dev-ed--sbqq.develop.vf.force.com/apex/EditSettings',
  ],
  'remote-access-authorization': [
    'https://acme.my.salesforce.com/setup/secur/RemoteAccessAuthorizationPage.apexp?source=CAAAAY',
    'https://acme--uat.sandbox.my.salesforce.com/setup/secur/RemoteAccessAuthorizationPage.apexp',
  ],
  'user-detail': [
    'https://acme.my.salesforce.com/005Hn00000HjSb2?noredirect=1&isUserEntityOverride=1',
    'https://acme.my.salesforce-setup.com/005Hn00000HjSb2IAF?noredirect=1&isUserEntityOverride=1&isdtp=p1',
  ],
  'edit-permission-set-assignments': [
    'https://acme.my.salesforce.com/_ui/perms/ui/setup/PermSetAssignmentPage?userId=0055g00000AbCdEAAV',
    'https://acme.my.salesforce-setup.com/_ui/perms/ui/setup/PermSetAssignmentPage?userId=0055g00000AbCdE&isdtp=p1',
  ],
  'permission-set-manage-assignments': [
    'https://acme.my.salesforce.com/005?id=0PS5g000000AbCd&isUserEntityOverride=1',
    'https://acme.my.salesforce-setup.com/005?id=0PS5g000000AbCdGAA&isUserEntityOverride=1&isdtp=p1',
  ],
  'setup-shell': [
    'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
    'https://acme.lightning.force.com/lightning/setup/ImportedPackage/home',
    'https://acme--uat.sandbox.my.salesforce-setup.com/lightning/setup/SetupOneHome/home',
    'https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/page?address=%2F005Hn00000HjSb2',
  ],
  'quote-to-cash-site': [
    'https://install.steelbrick.com/',
    'https://install.steelbrick.com/index.html',
  ],
  'record-page': [
    'https://acme.lightning.force.com/lightning/r/blng__Payment__c/a1B5g00000XyZ12EAB/view',
    'https://acme--uat.sandbox.lightning.force.com/lightning/r/Account/0015g00000LmN56AAF/view',
  ],
  'layout-editor': [
    'https://acme.my.salesforce-setup.com/lightning/setup/ObjectManager/Account/PageLayouts/00h5g000001AbCdAAK/view',
    'https://acme.lightning.force.com/lightning/setup/ObjectManager/01I5g000000XyZa/PageLayouts/00h5g000001AbCd/view',
    'https://acme.my.salesforce.com/layouteditor/layoutEditor.apexp?type=Account&lid=00h5g000001AbCd',
  ],
  'billing-settings': [
    'https://acme--blng.vf.force.com/apex/BillingSettings',
    'https://acme--uat--blng.sandbox.vf.force.com/apex/blng__BillingConfiguration?isdtp=p1',
  ],
  'app-launcher': [
    'https://acme.lightning.force.com/lightning/page/home',
    'https://acme--uat.sandbox.lightning.force.com/lightning/o/Account/home',
  ],
  'stripe-setup-app': [
    'https://acme--chrgx.vf.force.com/apex/StripeSetup?step=mode',
    'https://acme--uat--chrgx.sandbox.vf.force.com/apex/StripeSetup',
  ],
  'payment-center': [
    'https://acme--blng.vf.force.com/apex/PaymentCenter?id=0015g00000LmN56AAF',
    'https://acme--uat--blng.sandbox.vf.force.com/apex/PaymentCenter',
  ],
  'page-layouts-tab': [
    'https://acme.my.salesforce-setup.com/lightning/setup/ObjectManager/Opportunity/PageLayouts/view',
    'https://acme.lightning.force.com/lightning/setup/ObjectManager/OrderItem/PageLayouts/view',
    'https://acme.my.salesforce-setup.com/lightning/setup/ObjectManager/01I5g000000PmT1/PageLayouts/view',
  ],
  'page-layout-assignment': [
    'https://acme.my.salesforce-setup.com/ui/setup/layout/PageLayoutAssignment?type=Account&isdtp=p1',
    'https://acme.my.salesforce.com/ui/setup/layout/PageLayoutAssignmentEdit?type=Opportunity',
    'https://acme.my.salesforce.com/layouts/LayoutAssignment?type=Order',
  ],
  'picklist-value-set': [
    'https://acme.my.salesforce.com/0Nt5g000000GtWY',
    'https://acme.my.salesforce-setup.com/0Nt5g000000GtWYCAU?isdtp=p1',
  ],
  'picklist-value-new': [
    'https://acme.my.salesforce.com/setup/ui/picklist_masternew.jsp?id=0Nt5g000000GtWY',
    'https://acme.my.salesforce-setup.com/setup/ui/picklist_masternew.jsp?id=0Nt5g000000GtWY&isdtp=p1',
  ],
};

/** A page's id, spelled once: the key of its URL predicate (features, messages, diagnostics). */
export type PageId = keyof typeof PAGE_URLS;

/** Pages whose features run in the top frame only (data beside the predicates, read by the entry). */
export const TOP_FRAME_ONLY: readonly PageId[] = [
  'setup-shell',
  'quote-to-cash-site',
  'record-page',
  'layout-editor',
  'app-launcher',
  'page-layouts-tab',
];

/**
 * Parses a URL string into what predicates read; null when it is neither a Salesforce page
 * nor the Quote-to-Cash install website.
 */
export function toPageUrl(href: string): PageUrl | null {
  const url = httpsUrl(href);
  if (!url) return null;
  if (url.hostname === QUOTE_TO_CASH_HOST) {
    const site: HostIdentity = {
      host: QUOTE_TO_CASH_HOST,
      org: null,
      environment: 'unknown',
      surface: 'unknown',
    };
    return { url, host: site };
  }
  const host = identifyHost(url.hostname);
  return host ? { url, host } : null;
}
