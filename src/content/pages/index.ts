/** Every page recognizer. Add a page: one file in this folder, one line here. */
import type { PageDefinition } from '../page';
import cpqSettings from './cpq-settings';
import installPage from './install-page';
import installedPackages from './installed-packages';
import quoteToCashSite from './quote-to-cash-site';
import remoteAccessAuthorization from './remote-access-authorization';
import setupShell from './setup-shell';
import userDetail from './user-detail';

export const PAGES: readonly PageDefinition[] = [
  installPage,
  installedPackages,
  cpqSettings,
  remoteAccessAuthorization,
  userDetail,
  setupShell,
  quoteToCashSite,
];
