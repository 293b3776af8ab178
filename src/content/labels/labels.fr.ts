/**
 * French Setup labels. Confidence and source of each text: docs/salesforce/labels.md. A text
 * wrapped in low(…) has one weak source, in unsure(…) none (our guess); the rest were seen in
 * French Setup screenshots or graded medium there. Correct them as data when a real org shows
 * otherwise. Loaded only on a page whose <html lang> asks for them (see ./language.ts).
 */
import type { SalesforceLabels } from '../labels';
import { confidenceMarks } from './confidence';

const { low, unsure, marked } = confidenceMarks();

const fr: SalesforceLabels = {
  installPage: {
    // The 2016 install page shows "Nom de l'application"; "Nom du package" is the list's column.
    packageName: ['Nom du package', "Nom de l'application"],
    publisher: ['Éditeur'],
    version: ['Numéro de version', unsure('Version')],
    audience: {
      'admins-only': 'Installer pour les administrateurs uniquement',
      'all-users': 'Installer pour tous les utilisateurs',
      'specific-profiles': 'Installer pour des profils spécifiques',
    },
    install: ['Installer'],
    upgrade: [low('Mettre à niveau'), low('Upgrade')],
    grantAccess: [
      "Oui, accorder l'accès à ces sites Web tiers",
      unsure("Oui, accorder l'accès à ces sites tiers"),
    ],
    continue: ['Continuer'],
    complete: [unsure('Installation terminée'), unsure('Mise à niveau terminée')],
    longRunning: [
      "L'installation de cette application est longue",
      unsure("L'installation de cette application prend beaucoup de temps"),
    ],
    failure: [
      unsure('Un package requis est manquant'),
      unsure("Échec de l'installation"),
      unsure("Échec de l'installation du package"),
    ],
    // The heading and the line under it, as the French screenshots show them.
    heading: ['Installer {name}', unsure('Mettre à niveau {name}')],
    byline: ['Par'],
    upgradeInstalled: [unsure('Installé'), unsure('Version installée')],
    upgradeNewVersion: [unsure('Nouvelle version')],
    installationKey: [unsure("Clé d'installation")],
    acknowledgement: [unsure("Je reconnais que j'installe une application non-Salesforce")],
  },
  installedPackages: {
    columns: {
      name: ['Nom du package'],
      // Written without the accent on the list (the install page writes "Éditeur"); folding
      // makes the two one.
      publisher: ['Editeur'],
      version: ['Numéro de version', unsure('Version')],
      namespace: ["Préfixe d'espace de noms"],
      installedOn: ["Date d'installation"],
    },
    configure: [unsure('Configurer')],
    uninstalledTitle: [unsure('Désinstallés')],
  },
  cpqSettings: {
    // CPQ ships French translations, but no text of its settings page was seen: vocabulary only.
    title: [unsure('Éditeur de paramètres')],
    tabs: [
      unsure('Documents'),
      unsure('Groupes'),
      unsure('Éditeur de lignes'),
      unsure('Plug-ins'),
      low('Tarification et calcul'),
      unsure('Abonnements et renouvellements'),
      unsure('Devis'),
      'Commande',
      unsure('Paramètres supplémentaires'),
    ],
    pricingTab: low('Tarification et calcul'),
    orderTab: 'Commande',
    authorize: unsure('Autoriser un nouveau service de calcul'),
    allowMultipleOrders: unsure('Autoriser plusieurs commandes'),
    defaultOrderStartDate: unsure('Date de début de commande par défaut'),
    quoteStartDate: low('Date de début du devis'),
    none: [unsure('--Aucun--'), unsure('-- Aucun --')],
    save: ['Enregistrer'],
  },
  remoteAccess: { allow: [unsure('Autoriser')] },
  userDetail: {
    licenseList: unsure("Attributions de licences d'ensemble d'autorisations"),
    // Permission set licence names are not translated (our guess).
    cpqLicense: unsure('Salesforce CPQ License'),
    editAssignments: ['Modifier les attributions'],
    name: [unsure('Nom'), unsure('Nom complet')],
    rowActions: [unsure('Suppr'), unsure('Modifier'), unsure('Supprimer')],
    noRecords: [unsure('Aucun enregistrement à afficher')],
    headingPrefix: [unsure('Utilisateur')],
  },
};

export default fr;
export const confidence = marked;
