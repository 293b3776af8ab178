/**
 * Reading Lightning's App Launcher (docs/salesforce/app-launcher.md): the open launcher, the
 * search text typed, and the apps it lists. Salesforce's page objects put an app tile's name in
 * `data-name`; the quick-search popover lists apps as options whose text may be split by the
 * highlighted match. Pure: a root in, data out.
 */
import { clip, LIMITS } from '../../core/limits';
import { foldSpaces, isShown, labelFold } from '../dom/find';

export interface AppLauncherView {
  /** the search box's text ('' when nothing is typed) */
  search: string;
  /** the apps listed now, in page order (empty: the search matched nothing) */
  apps: string[];
}

const TITLE = 'App Launcher';
const ITEMS = '[data-name], [role="option"], [data-label]';

/** The launcher shown on the page: a dialog named App Launcher (by aria-label or heading). */
export function findAppLauncher(root: ParentNode): Element | null {
  for (const dialog of root.querySelectorAll('[role="dialog"]')) {
    if (!isShown(dialog)) continue;
    const heading = dialog.querySelector('h1, h2, [role="heading"]');
    const name = dialog.getAttribute('aria-label') ?? heading?.textContent;
    if (labelFold(name) === labelFold(TITLE)) return dialog;
  }
  return null;
}

function appName(item: Element): string {
  const name = item.getAttribute('data-name') ?? item.getAttribute('data-label');
  return clip(foldSpaces(name || item.textContent), LIMITS.name);
}

/** The open launcher's search and apps; null when no launcher is open (not "no apps"). */
export function readAppLauncher(root: ParentNode): AppLauncherView | null {
  const launcher = findAppLauncher(root);
  if (!launcher) return null;
  const search = launcher.querySelector<HTMLInputElement>('input[type="search"], input');
  const apps: string[] = [];
  for (const item of launcher.querySelectorAll(ITEMS)) {
    if (item.parentElement?.closest(ITEMS) || !isShown(item)) continue;
    const name = appName(item);
    if (name && !apps.includes(name)) apps.push(name);
  }
  return { search: foldSpaces(search?.value), apps };
}

/** The shown tile or option of one app, for a highlight; null when it is not listed. */
export function findApp(root: ParentNode, name: string): Element | null {
  const launcher = findAppLauncher(root);
  if (!launcher) return null;
  const wanted = labelFold(name);
  for (const item of launcher.querySelectorAll(ITEMS)) {
    if (isShown(item) && labelFold(appName(item)) === wanted) return item;
  }
  return null;
}
