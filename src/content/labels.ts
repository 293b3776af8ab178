/**
 * The Salesforce label texts recognizers look for, per Setup UI language. Adding a language
 * is adding an entry here; no recognizer logic changes. Matching folds case and whitespace
 * and ignores a trailing colon or ellipsis. Recognizers prefer language-neutral anchors where
 * the page has them (URL paths, namespaces, input types, #oaapprove); these labels are for the
 * rest.
 *
 * The page's language comes from <html lang> (Salesforce sets it to the user's language);
 * a page without one, or in a language not listed here, is read with the English labels.
 *
 * German and French: Salesforce's own translations as far as known. Entries marked "unsure"
 * were not confirmed on a real org in that language; correct them as data when one is seen.
 */
export interface SalesforceLabels {
  installPage: {
    packageName: readonly string[];
    publisher: readonly string[];
    version: readonly string[];
    audience: { 'admins-only': string; 'all-users': string; 'specific-profiles': string };
    install: readonly string[];
    upgrade: readonly string[];
    grantAccess: readonly string[];
    continue: readonly string[];
    complete: readonly string[];
    longRunning: readonly string[];
    failure: readonly string[];
  };
  installedPackages: {
    /** Column headers of the Installed Packages list. */
    columns: {
      name: readonly string[];
      publisher: readonly string[];
      version: readonly string[];
      namespace: readonly string[];
      installedOn: readonly string[];
    };
    configure: readonly string[];
    /** A word of the title of the Uninstalled Packages list (its packages are not installed). */
    uninstalledTitle: readonly string[];
  };
  cpqSettings: {
    tabs: readonly string[];
    pricingTab: string;
    orderTab: string;
    authorize: string;
    allowMultipleOrders: string;
    defaultOrderStartDate: string;
    quoteStartDate: string;
    /** The empty choice of a picklist. */
    none: readonly string[];
    save: readonly string[];
  };
  remoteAccess: { allow: readonly string[] };
  userDetail: {
    licenseList: string;
    cpqLicense: string;
    editAssignments: readonly string[];
    name: readonly string[];
    /** Action links of a related-list row (not a licence name). */
    rowActions: readonly string[];
    noRecords: readonly string[];
    /** The word before the user's name in the page heading ("User: Ada Admin"). */
    headingPrefix: readonly string[];
  };
}

const en: SalesforceLabels = {
  installPage: {
    packageName: ['Package Name', 'App Name'],
    publisher: ['Publisher'],
    version: ['Version Number', 'Version'],
    audience: {
      'admins-only': 'Install for Admins Only',
      'all-users': 'Install for All Users',
      'specific-profiles': 'Install for Specific Profiles',
    },
    install: ['Install'],
    upgrade: ['Upgrade'],
    grantAccess: [
      'Yes, grant access to these third-party web sites',
      'Yes, grant access to these third-party websites',
    ],
    continue: ['Continue'],
    complete: ['Installation Complete!', 'Installation Complete', 'Upgrade Complete!'],
    longRunning: ['This app is taking a long time to install'],
    failure: [
      'A required package is missing',
      'Only one person in your organization can install or upload a package at a time',
      'Installation failed',
      'Package installation failed',
    ],
  },
  installedPackages: {
    columns: {
      name: ['Package Name'],
      publisher: ['Publisher'],
      version: ['Version Number', 'Version'],
      namespace: ['Namespace Prefix', 'Namespace'],
      installedOn: ['Install Date', 'Installed Date'],
    },
    configure: ['Configure'],
    uninstalledTitle: ['Uninstalled'],
  },
  cpqSettings: {
    tabs: [
      'Documents',
      'Groups',
      'Line Editor',
      'Plugins',
      'Pricing and Calculation',
      'Subscriptions and Renewals',
      'Quote',
      'Order',
      'Additional Settings',
    ],
    pricingTab: 'Pricing and Calculation',
    orderTab: 'Order',
    authorize: 'Authorize new calculation service',
    allowMultipleOrders: 'Allow Multiple Orders',
    defaultOrderStartDate: 'Default Order Start Date',
    quoteStartDate: 'Quote Start Date',
    none: ['-- None --', '--None--'],
    save: ['Save'],
  },
  remoteAccess: { allow: ['Allow'] },
  userDetail: {
    licenseList: 'Permission Set License Assignments',
    cpqLicense: 'Salesforce CPQ License',
    editAssignments: ['Edit Assignments'],
    name: ['Name', 'Full Name'],
    rowActions: ['Del', 'Edit', 'Remove'],
    noRecords: ['No records to display'],
    headingPrefix: ['User'],
  },
};

const de: SalesforceLabels = {
  installPage: {
    packageName: ['Paketname', 'App-Name'],
    publisher: ['Herausgeber'],
    version: ['Versionsnummer', 'Version'],
    audience: {
      'admins-only': 'Nur für Administratoren installieren',
      'all-users': 'Für alle Benutzer installieren',
      'specific-profiles': 'Für bestimmte Profile installieren',
    },
    install: ['Installieren'],
    upgrade: ['Aktualisieren', 'Upgrade'], // unsure
    grantAccess: [
      'Ja, Zugriff auf diese Websites von Drittanbietern gewähren', // unsure
      'Ja, Zugriff auf diese Drittanbieter-Websites gewähren', // unsure
    ],
    continue: ['Weiter'],
    complete: ['Installation abgeschlossen', 'Upgrade abgeschlossen'], // unsure
    longRunning: ['Die Installation dieser App dauert sehr lange'], // unsure
    failure: [
      'Ein erforderliches Paket fehlt', // unsure
      'Installation fehlgeschlagen', // unsure
      'Paketinstallation fehlgeschlagen', // unsure
    ],
  },
  installedPackages: {
    columns: {
      name: ['Paketname'],
      publisher: ['Herausgeber'],
      version: ['Versionsnummer', 'Version'],
      namespace: ['Namespace-Präfix', 'Namensraumpräfix'], // unsure which
      installedOn: ['Installationsdatum'],
    },
    configure: ['Konfigurieren'],
    uninstalledTitle: ['Deinstalliert'],
  },
  cpqSettings: {
    // CPQ's own translations of its settings page: unsure.
    tabs: [
      'Dokumente',
      'Gruppen',
      'Zeilen-Editor',
      'Plugins',
      'Preisfindung und Berechnung',
      'Abonnements und Verlängerungen',
      'Angebot',
      'Auftrag',
      'Zusätzliche Einstellungen',
    ],
    pricingTab: 'Preisfindung und Berechnung',
    orderTab: 'Auftrag',
    authorize: 'Neuen Berechnungsdienst autorisieren',
    allowMultipleOrders: 'Mehrere Aufträge zulassen',
    defaultOrderStartDate: 'Standard-Auftragsstartdatum',
    quoteStartDate: 'Angebotsstartdatum',
    none: ['--Keine--', '-- Keine --'],
    save: ['Speichern'],
  },
  remoteAccess: { allow: ['Zulassen'] },
  userDetail: {
    licenseList: 'Berechtigungssatzlizenz-Zuweisungen', // unsure
    // Permission set licence names are not translated (unsure).
    cpqLicense: 'Salesforce CPQ License',
    editAssignments: ['Zuweisungen bearbeiten'],
    name: ['Name', 'Vollständiger Name'],
    rowActions: ['Löschen', 'Bearbeiten', 'Entfernen'],
    noRecords: ['Keine Datensätze zum Anzeigen'],
    headingPrefix: ['Benutzer'],
  },
};

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

export const LABELS = { en, de, fr } as const satisfies Record<string, SalesforceLabels>;

export type SetupLanguage = keyof typeof LABELS;

/** "de-DE", "fr_CA", "DE" → a language of LABELS; anything else (or nothing) → English. */
export function setupLanguage(lang: string | null | undefined): SetupLanguage {
  const code = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(LABELS, code) ? (code as SetupLanguage) : 'en';
}

/** The labels of the page's Setup UI language (its <html lang>), English when unknown. */
export function labels(doc: Document | undefined = globalThis.document): SalesforceLabels {
  return LABELS[setupLanguage(doc?.documentElement?.lang)];
}
