/**
 * German Setup labels. Confidence and source of each text: docs/salesforce/labels.md. No German
 * Setup screen was seen: a text wrapped in low(…) has one weak (machine-translated) source, in
 * unsure(…) none (our guess); the rest are graded high (Salesforce's German Trailhead) or medium
 * (several translated docs agree). Correct them as data when a real org shows otherwise.
 * Loaded only on a page whose <html lang> asks for them (see ./language.ts).
 */
import type { SalesforceLabels } from '../labels';
import { confidenceMarks } from './confidence';

const { low, unsure, marked } = confidenceMarks();

const de: SalesforceLabels = {
  installPage: {
    packageName: [unsure('Paketname'), unsure('App-Name')],
    publisher: [unsure('Herausgeber')],
    version: [unsure('Versionsnummer'), unsure('Version')],
    audience: {
      'admins-only': 'Nur für Administratoren installieren',
      'all-users': 'Für alle Benutzer installieren',
      'specific-profiles': 'Für bestimmte Profile installieren',
    },
    install: ['Installieren'],
    upgrade: [unsure('Aktualisieren'), low('Upgrade')],
    grantAccess: [
      low('Ja, Zugriff auf diese Websites von Drittanbietern gewähren'),
      low('Ja, Zugriff auf diese Drittanbieter-Websites gewähren'),
    ],
    continue: ['Weiter'],
    complete: [unsure('Installation abgeschlossen'), unsure('Upgrade abgeschlossen')],
    longRunning: [unsure('Die Installation dieser App dauert sehr lange')],
    failure: [
      unsure('Ein erforderliches Paket fehlt'),
      unsure('Installation fehlgeschlagen'),
      unsure('Paketinstallation fehlgeschlagen'),
    ],
    heading: [unsure('{name} installieren'), unsure('Installieren {name}'), low('Upgrade {name}')],
    byline: [unsure('Von')],
    upgradeInstalled: [unsure('Installiert'), unsure('Installierte Version')],
    upgradeNewVersion: [unsure('Neue Version')],
    installationKey: [unsure('Installationsschlüssel')],
    acknowledgement: [
      unsure('Ich bestätige, dass ich eine Nicht-Salesforce-Anwendung installiere'),
    ],
  },
  installedPackages: {
    columns: {
      name: [unsure('Paketname')],
      publisher: [unsure('Herausgeber')],
      version: [unsure('Versionsnummer'), unsure('Version')],
      namespace: [unsure('Namespace-Präfix'), unsure('Namensraumpräfix')],
      installedOn: [unsure('Installationsdatum')],
    },
    configure: [low('Konfigurieren')],
    uninstalledTitle: [unsure('Deinstalliert')],
  },
  cpqSettings: {
    // CPQ ships German translations, but no text of its settings page was seen. Its own German
    // vocabulary says "Belegposten" and "Preisberechnung", so the two tabs below are doubtful.
    title: [unsure('Einstellungs-Editor')],
    tabs: [
      unsure('Dokumente'),
      unsure('Gruppen'),
      unsure('Zeilen-Editor'),
      unsure('Plugins'),
      unsure('Preisfindung und Berechnung'),
      unsure('Abonnements und Verlängerungen'),
      unsure('Angebot'),
      'Auftrag',
      unsure('Zusätzliche Einstellungen'),
    ],
    pricingTab: unsure('Preisfindung und Berechnung'),
    orderTab: 'Auftrag',
    authorize: unsure('Neuen Berechnungsdienst autorisieren'),
    allowMultipleOrders: unsure('Mehrere Aufträge zulassen'),
    defaultOrderStartDate: unsure('Standard-Auftragsstartdatum'),
    quoteStartDate: low('Angebotsstartdatum'),
    none: [unsure('--Keine--'), unsure('-- Keine --')],
    save: ['Speichern'],
  },
  remoteAccess: { allow: [unsure('Zulassen')] },
  userDetail: {
    licenseList: unsure('Berechtigungssatzlizenz-Zuweisungen'),
    // Permission set licence names are not translated (our guess).
    cpqLicense: unsure('Salesforce CPQ License'),
    editAssignments: [low('Zuweisungen bearbeiten')],
    name: [unsure('Name'), unsure('Vollständiger Name')],
    rowActions: [unsure('Löschen'), unsure('Bearbeiten'), unsure('Entfernen')],
    noRecords: [unsure('Keine Datensätze zum Anzeigen')],
    headingPrefix: [unsure('Benutzer')],
  },
};

export default de;
export const confidence = marked;
