/**
 * German Setup labels: Salesforce's own translations as far as known. Entries marked "unsure"
 * were not confirmed on a real org in that language; correct them as data when one is seen.
 * Loaded only on a page whose <html lang> asks for them (see ./language.ts).
 */
import type { SalesforceLabels } from '../labels';

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
    heading: ['{name} installieren', 'Installieren {name}', 'Upgrade {name}'], // unsure
    byline: ['Von'], // unsure
    upgradeInstalled: ['Installiert', 'Installierte Version'], // unsure
    upgradeNewVersion: ['Neue Version'], // unsure
    installationKey: ['Installationsschlüssel'], // unsure
    acknowledgement: ['Ich bestätige, dass ich eine Nicht-Salesforce-Anwendung installiere'], // unsure
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
    title: ['Einstellungs-Editor'], // unsure
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

export default de;
