/**
 * French Setup labels: Salesforce's own translations as far as known. Entries marked "unsure"
 * were not confirmed on a real org in that language; correct them as data when one is seen.
 * Loaded only on a page whose <html lang> asks for them (see ./language.ts).
 */
import type { SalesforceLabels } from '../labels';

const fr: SalesforceLabels = {
  installPage: {
    packageName: ['Nom du package', "Nom de l'application"],
    publisher: ['Éditeur'],
    version: ['Numéro de version', 'Version'],
    audience: {
      'admins-only': 'Installer pour les administrateurs uniquement',
      'all-users': 'Installer pour tous les utilisateurs',
      'specific-profiles': 'Installer pour des profils spécifiques',
    },
    install: ['Installer'],
    upgrade: ['Mettre à niveau'], // unsure
    grantAccess: [
      "Oui, accorder l'accès à ces sites Web tiers", // unsure
      "Oui, accorder l'accès à ces sites tiers", // unsure
    ],
    continue: ['Continuer'],
    complete: ['Installation terminée', 'Mise à niveau terminée'], // unsure
    longRunning: ["L'installation de cette application prend beaucoup de temps"], // unsure
    failure: [
      'Un package requis est manquant', // unsure
      "Échec de l'installation", // unsure
      "Échec de l'installation du package", // unsure
    ],
    heading: ['Installer {name}', 'Mettre à niveau {name}'], // the second unsure
    byline: ['Par'],
    upgradeInstalled: ['Installé', 'Version installée'], // unsure
    upgradeNewVersion: ['Nouvelle version'], // unsure
    installationKey: ["Clé d'installation"], // unsure
    acknowledgement: ["Je reconnais que j'installe une application non-Salesforce"], // unsure
  },
  installedPackages: {
    columns: {
      name: ['Nom du package'],
      publisher: ['Éditeur'],
      version: ['Numéro de version', 'Version'],
      namespace: ["Préfixe d'espace de noms"],
      installedOn: ["Date d'installation"],
    },
    configure: ['Configurer'],
    uninstalledTitle: ['Désinstallés'],
  },
  cpqSettings: {
    // CPQ's own translations of its settings page: unsure.
    title: ['Éditeur de paramètres'], // unsure
    tabs: [
      'Documents',
      'Groupes',
      'Éditeur de lignes',
      'Plug-ins',
      'Tarification et calcul',
      'Abonnements et renouvellements',
      'Devis',
      'Commande',
      'Paramètres supplémentaires',
    ],
    pricingTab: 'Tarification et calcul',
    orderTab: 'Commande',
    authorize: 'Autoriser un nouveau service de calcul',
    allowMultipleOrders: 'Autoriser plusieurs commandes',
    defaultOrderStartDate: 'Date de début de commande par défaut',
    quoteStartDate: 'Date de début du devis',
    none: ['--Aucun--', '-- Aucun --'],
    save: ['Enregistrer'],
  },
  remoteAccess: { allow: ['Autoriser'] },
  userDetail: {
    licenseList: "Attributions de licences d'ensemble d'autorisations", // unsure
    // Permission set licence names are not translated (unsure).
    cpqLicense: 'Salesforce CPQ License',
    editAssignments: ['Modifier les attributions'],
    name: ['Nom', 'Nom complet'],
    rowActions: ['Suppr', 'Modifier', 'Supprimer'],
    noRecords: ['Aucun enregistrement à afficher'],
    headingPrefix: ['Utilisateur'],
  },
};

export default fr;
