/**
 * Which package this install page installs (docs/salesforce/install-page.md, "Package
 * identity"): every signal read as the page renders, decided by src/core/install-identity.ts.
 * Never silent: while an installation-key prompt shows, the card says to enter the key; once the
 * page has settled with no signal (or signals that disagree), the card asks the admin; a page
 * that shows nothing of an installer gets the "could not find" card. Each keeps watching, so a
 * page that renders late or re-renders still gets its package known.
 */
import {
  type Identity,
  identify,
  type Signal,
  type SignalSource,
} from '../../core/install-identity';
import { PACKAGE_KEYS, PACKAGES, type PackageKey } from '../../core/plan';
import type { PageState } from '../../core/protocol/answers';
import { showNotFound } from '../diagnostic';
import { labels } from '../labels';
import type { Overlay } from '../overlay/types';
import type { PageContext } from '../page';
import {
  findAudienceOptions,
  findGrantAccess,
  findInstallButton,
  findKeyPrompt,
  type InstallPageFacts,
  isLoading,
  readInstallPage,
  readNamespaces,
  showsInstaller,
  thirdPartyDialog,
} from '../read/install-page';
import type { MessageKey } from '../t';
import { t } from '../t';

/** The longest an admin waits on an install page before the guide says something (≤ 10 s). */
export const INSTALL_PAGE_GIVE_UP_MS = 8000;
/** How long without a DOM change (and no spinner) counts as the page having settled. */
const QUIET_MS = 600;

export type Known = Exclude<Identity, { kind: 'ask' }>;

export interface Decided {
  identity: Known;
  facts: InstallPageFacts;
}

type Look =
  | { kind: 'decided'; decided: Decided }
  | { kind: 'key'; prompt: Element }
  | { kind: 'ask'; reason: 'none' | 'conflict'; signals: Signal[] }
  | { kind: 'nothing' };

const SOURCE_WORDS: Readonly<Record<SignalSource, MessageKey>> = {
  link: 'signalLink',
  heading: 'signalHeading',
  details: 'signalDetails',
  sites: 'signalSites',
  namespaces: 'signalNamespaces',
};

/** "the heading: Salesforce Billing", in the UI language. */
export const signalText = (signal: Signal): string =>
  t(
    'askPackageSignal',
    t(SOURCE_WORDS[signal.source]),
    signal.claim.kind === 'ours' ? PACKAGES[signal.claim.package].title : signal.claim.name,
  );

/** Resolves once the package is known (or the admin named it); null when the page goes away. */
export function decideIdentity(
  ctx: PageContext,
  overlay: Overlay,
  state: PageState | null,
): Promise<Decided | null> {
  const versionId = readInstallPage(document, ctx.page.url).versionId;
  let answer = state?.answer ?? null;
  let settled = false;

  const look = (): Look | null => {
    const facts = readInstallPage(document, ctx.page.url);
    const named = Boolean(facts.heading || facts.name);
    if (!named) {
      const prompt = findKeyPrompt(document);
      if (prompt) return { kind: 'key', prompt };
    }
    const ready = settled || named || answer !== null || findAudienceOptions(document).ok;
    if (!ready) return null;
    // The costlier, weaker signals only once nothing stronger has spoken.
    const grant = settled && !named ? findGrantAccess(document) : null;
    const identity = identify({
      answer,
      link: state?.link?.package ?? null,
      heading: facts.heading,
      name: facts.name,
      publisher: facts.publisher,
      sites: grant ? thirdPartyDialog(grant).sites : [],
      namespaces: settled && !named ? readNamespaces(document) : [],
    });
    if (identity.kind !== 'ask') return { kind: 'decided', decided: { identity, facts } };
    if (!settled || isLoading(document)) return null;
    if (!showsInstaller(document, facts)) return { kind: 'nothing' };
    return { kind: 'ask', reason: identity.reason, signals: identity.signals };
  };

  return new Promise((resolve) => {
    const done = new AbortController();
    const until = AbortSignal.any([ctx.signal, done.signal]);
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let shown: Look['kind'] | null = null;

    const finish = (decided: Decided | null) => {
      if (done.signal.aborted) return;
      done.abort();
      clearTimeout(quiet);
      clearTimeout(giveUp);
      for (const id of ['identity-key', 'identity-ask', 'not-found']) overlay.remove(id);
      resolve(decided);
    };

    const answerWith = (package_: PackageKey | 'other') => {
      answer = package_;
      if (versionId)
        void ctx.send({
          type: 'install:answer',
          page: ctx.pageId,
          versionId,
          answer: package_,
        });
      handle(look());
    };

    const handle = (found: Look | null) => {
      if (done.signal.aborted || !found) return;
      if (found.kind === 'decided') {
        finish(found.decided);
        return;
      }
      if (found.kind !== shown)
        for (const id of ['identity-key', 'identity-ask', 'not-found']) overlay.remove(id);
      if (found.kind === 'key') {
        overlay.show(
          'identity-key',
          {
            tone: 'info',
            title: t('installKeyTitle'),
            body: [t('installKeyBody')],
            // Beside the prompt and its button, never over them.
            anchor: found.prompt.parentElement ?? found.prompt,
            announce: shown === 'key' ? '' : t('installKeyTitle'),
          },
          until,
        );
      } else if (found.kind === 'ask') {
        overlay.show(
          'identity-ask',
          {
            tone: found.reason === 'conflict' ? 'warning' : 'info',
            title: t('askPackageTitle'),
            body: [
              found.reason === 'conflict'
                ? t('askPackageConflict', found.signals.map(signalText).join('; '))
                : t('askPackageNone'),
            ],
            actions: [
              ...PACKAGE_KEYS.map((key) => ({
                label: PACKAGES[key].title,
                run: () => answerWith(key),
              })),
              { label: t('askPackageOther'), run: () => answerWith('other') },
            ],
            highlight: [findInstallButton(document)?.button].filter((b): b is HTMLElement => !!b),
            announce: shown === 'ask' ? '' : t('askPackageTitle'),
          },
          until,
        );
      } else if (shown !== 'nothing') {
        const l = labels(document).installPage;
        void showNotFound(
          ctx,
          t('whatInstallPackage'),
          [t('missingInstallHeading'), t('whatInstallOptions')],
          [...l.heading, ...l.packageName, ...Object.values(l.audience)],
        );
      }
      shown = found.kind;
    };

    const settle = () => {
      settled = true;
      handle(look());
    };
    const armQuiet = () => {
      clearTimeout(quiet);
      quiet = setTimeout(() => (isLoading(document) ? armQuiet() : settle()), QUIET_MS);
    };
    // However busy the page stays, the admin hears from the guide within the give-up time.
    const giveUp = setTimeout(settle, INSTALL_PAGE_GIVE_UP_MS);
    ctx.signal.addEventListener('abort', () => finish(null), { once: true });
    ctx.watch(() => {
      handle(look());
      armQuiet();
    }, until);
    handle(look());
    armQuiet();
  });
}
