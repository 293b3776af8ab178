/**
 * The two URL shapes of Salesforce's package installer (docs/salesforce/install-page.md): the
 * Classic entry `/packaging/installPackage.apexp?p0=04t…` and the Aura installer
 * `/packagingSetupUI/ipLanding.app?apvId=04t…`. Both carry one package version id.
 */

/** Lower-case paths of the installer, with the query parameter that holds the version id. */
export const INSTALLER_PATHS: Readonly<Record<string, string>> = {
  '/packaging/installpackage.apexp': 'p0',
  '/packagingsetupui/iplanding.app': 'apvId',
};

const VERSION_ID = /^04t[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

export const isInstallerPath = (pathname: string): boolean =>
  Object.hasOwn(INSTALLER_PATHS, pathname.toLowerCase());

/** The package version id (15 or 18 characters) of an installer URL; null for any other URL. */
export function installerVersionId(url: URL): string | null {
  const path = url.pathname.toLowerCase();
  if (!Object.hasOwn(INSTALLER_PATHS, path)) return null;
  const param = INSTALLER_PATHS[path] as string;
  // Query names are matched as written; Salesforce's own links spell both the same way.
  const value = url.searchParams.get(param)?.trim() ?? '';
  return VERSION_ID.test(value) ? value : null;
}

/** Two version ids name the same version when their first 15 characters agree. */
export const sameVersionId = (a: string, b: string): boolean => a.slice(0, 15) === b.slice(0, 15);
