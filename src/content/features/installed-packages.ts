/**
 * Setup → Installed Packages (the Classic list, alone or in Lightning Setup's frame): the
 * proof that an install worked. Reports every installed package to the worker, marks ours,
 * and points at Configure on Salesforce CPQ when its settings are next.
 * Reads the Installed Packages table (Package Name, Publisher, Version Number, Namespace Prefix,
 * Install Date, by header text) and the Configure link on Salesforce CPQ; fills nothing.
 * Page facts: docs/salesforce/installed-packages.md.
 */
import { claimOfName } from '../../core/install-identity';
import { PACKAGE_KEYS, PACKAGES, type PackageKey } from '../../core/plan';
import type { PageState } from '../../core/protocol/answers';
import { showNotFound } from '../diagnostic';
import { foldSpaces } from '../dom/find';
import { labels } from '../labels';
import { observe } from '../observe';
import type { CardItem } from '../overlay/types';
import type { PageContext } from '../page';
import { type PackageTable, readInstalledPackages } from '../read/installed-packages';
import { t } from '../t';

/** Rows may arrive one by one while the page loads: report once the list has been still this long. */
const SETTLE_MS = 400;
/** The longest an admin waits for the list before the guide says it cannot find it (≤ 10 s). */
export const INSTALLED_PACKAGES_GIVE_UP_MS = 10_000;
const MAX_WAIT_MS = 1500;

export async function init(ctx: PageContext): Promise<void> {
  let reported = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let found = false;
  ctx.signal.addEventListener('abort', () => clearTimeout(timer));

  const report = async (table: PackageTable) => {
    const signature = JSON.stringify(table.rows);
    if (signature === reported) return;
    reported = signature;
    const response = await observe(ctx, {
      kind: 'packages',
      packages: table.rows.slice(0, 500),
    });
    if (ctx.signal.aborted) return;
    await show(ctx, table, response?.state ?? null);
  };

  // The list is read once the page has been still for SETTLE_MS (rows may arrive one by one),
  // and at least every MAX_WAIT_MS while it keeps changing: never once per DOM change, which
  // would cost a full table read per batch while Lightning re-renders around it.
  let firstChange = 0;
  // Once the list is found, only its own changes matter, and whether it is still in the page:
  // one observer on the table, one on the child lists of its ancestors (not their subtrees), so
  // the browser filters out a Lightning re-render around it (not even a MutationRecord is made).
  // Should the table leave the page, the document-wide watch resumes until a list is found.
  let listed: Element | null = null;
  let pageWatch: AbortController | null = null;
  const listWatch = new MutationObserver(() => check());
  const ancestry = new MutationObserver(() => {
    // Still in the page, perhaps under new ancestors: watch those; the table's own watch stays.
    if (listed?.isConnected) watchAncestors(listed);
    else follow(null);
  });
  const watchAncestors = (table: Element) => {
    ancestry.disconnect();
    for (let node = parentOf(table); node; node = parentOf(node))
      ancestry.observe(node, { childList: true });
  };
  ctx.signal.addEventListener('abort', () => {
    listWatch.disconnect();
    ancestry.disconnect();
  });
  const follow = (table: Element | null) => {
    listWatch.disconnect();
    ancestry.disconnect();
    listed = table;
    if (table) {
      listWatch.observe(table, { childList: true, subtree: true, characterData: true });
      watchAncestors(table);
      pageWatch?.abort();
      pageWatch = null;
      return;
    }
    if (!pageWatch) {
      pageWatch = new AbortController();
      ctx.watch(() => {
        if (!listed?.isConnected) check();
      }, pageWatch.signal);
    }
    check();
  };
  const check = () => {
    const now = performance.now();
    firstChange ||= now;
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        firstChange = 0;
        const table = readInstalledPackages(document);
        if (table?.table !== listed) follow(table?.table ?? null);
        if (!table) return;
        found = true;
        void report(table);
      },
      Math.max(0, Math.min(SETTLE_MS, firstChange + MAX_WAIT_MS - now)),
    );
  };

  follow(null);
  setTimeout(() => {
    if (!found && !ctx.signal.aborted) void notFound(ctx);
  }, INSTALLED_PACKAGES_GIVE_UP_MS);
}

/** The next node up, crossing out of a shadow root to its host. */
const parentOf = (node: Node): Node | null =>
  node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);

async function notFound(ctx: PageContext) {
  const columns = labels(document).installedPackages.columns.name;
  await showNotFound(
    ctx,
    t('whatPackagesList'),
    [t('missingPackagesTable', columns[0] ?? 'Package Name')],
    columns,
  );
}

async function show(ctx: PageContext, table: PackageTable, state: PageState | null) {
  const overlay = await ctx.overlay();
  const items: CardItem[] = PACKAGE_KEYS.map((key) => item(key, table));
  // CPQ's Configure link leads to both settings steps: point at it when the plan offers one.
  const ready = state?.progress?.ready ?? [];
  const calcNext =
    ready.includes('cpq-calculation-service') || ready.includes('cpq-order-defaults');
  const configure = table.configure.cpq;
  const body: string[] = [];
  if (calcNext && configure) {
    body.push(t('packagesNextConfigure', foldSpaces(configure.textContent), PACKAGES.cpq.title));
  }
  // Stripe's newer app is a Stripe package, but not this sequence's connector: say so plainly.
  const otherStripe = table.rows.find((row) => claimOfName(row.name).kind === 'other-stripe');
  if (otherStripe && !table.ours.stripe) body.push(t('packagesOtherStripe', otherStripe.name));
  const missing = PACKAGE_KEYS.find((k) => !table.ours[k]);
  const all = !missing;
  overlay.show(
    'installed-packages',
    {
      tone: all ? 'success' : 'info',
      title: all
        ? t('packagesAllInstalled')
        : t(
            'packagesConfirmedCount',
            PACKAGE_KEYS.filter((k) => table.ours[k]).length,
            PACKAGE_KEYS.length,
          ),
      items,
      body,
      anchor: table.table,
      highlight: [
        ...PACKAGE_KEYS.flatMap((k) => table.ours[k]?.element ?? []),
        ...(calcNext && configure ? [configure] : []),
      ],
      announce: t(
        'packagesAnnounce',
        items
          .filter((i) => i.status === 'done')
          .map((i) => i.label)
          .join(', ') || t('packagesAnnounceNone'),
      ),
    },
    ctx.signal,
  );
}

function item(key: PackageKey, table: PackageTable): CardItem {
  const spec = PACKAGES[key];
  const listed = table.ours[key]?.row;
  if (listed) {
    const { version, installedOn } = listed;
    const detail =
      version && installedOn
        ? t('packagesConfirmedVersionDate', version, installedOn)
        : version
          ? t('packagesConfirmedVersion', version)
          : installedOn
            ? t('packagesConfirmedDate', installedOn)
            : t('packagesConfirmed');
    return { label: spec.title, status: 'done', detail };
  }
  const first = spec.requires.find((k) => !table.ours[k]);
  return {
    label: spec.title,
    status: 'pending',
    detail: first
      ? t('packagesNotInstalledFirst', PACKAGES[first].title)
      : spec.source === 'stripe-docs'
        ? t('packagesNotInstalledStripe')
        : t('packagesNotInstalledSite'),
  };
}
