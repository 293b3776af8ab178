/**
 * Schema v1 → v2 on records exactly as v1's code wrote them (tests/fixtures/storage/: written by
 * v1's reducer with its English and German translators, see make-v1.ts.txt there): every note and
 * history summary keeps its information, now as a message key and arguments.
 */
import { describe, expect, it } from 'vitest';
import de from '../../_locales/de/messages.json';
import { english, translatorFor } from '../../src/core/i18n';
import { readOrgRecord, readOrgSettingsRecord } from '../../src/core/migrate';
import { STEP_IDS } from '../../src/core/plan';
import { toReport } from '../../src/core/progress';
import type { OrgProgress } from '../../src/core/schemas';
import v1de from '../fixtures/storage/org-v1.de.json';
import v1en from '../fixtures/storage/org-v1.en.json';

const german = translatorFor(de);
type V1Step = { status: string; note?: string; evidence?: { values?: Record<string, string> } };
type V1 = { steps: Record<string, V1Step>; history: { summary: string }[] };

const migrate = (raw: unknown): OrgProgress => {
  const result = readOrgRecord(structuredClone(raw));
  if (!result.ok) throw new Error(result.reason);
  expect(result.migrated).toBe(true);
  return result.value;
};

describe.each([
  ['English', v1en as V1, english],
  ['German', v1de as V1, german],
])('a v1 record written in %s', (_language, v1, itsLanguage) => {
  const v2 = migrate(v1);

  it('reads back every note and summary as a phrase that says what v1 said, in its language', () => {
    const report = toReport(v2, itsLanguage);
    for (const step of report.steps) expect(step.note).toBe(v1.steps[step.id]?.note);
    expect(report.history.map((h) => h.summary)).toEqual(v1.history.map((h) => h.summary));
    // Nothing was kept as prose: every v1 text was one of our messages.
    expect(JSON.stringify(v2)).not.toContain('"text"');
  });

  it('stores keys and arguments, so the report follows the language of the day', () => {
    expect(v2.v).toBe(2);
    expect(v2.steps['cpq-install'].note).toEqual({ key: 'noteUpgraded', args: ['258.1', '258.2'] });
    expect(v2.steps['billing-install'].note).toEqual({
      key: 'noteInstallFailed',
      args: ['2026-10-01', 'Package Billing requires CPQ 258'],
    });
    const inEnglish = toReport(v2, english);
    expect(inEnglish.steps.find((s) => s.id === 'stripe-install')?.note).toBe(
      'Skipped by admin on 2026-10-01.',
    );
    expect(inEnglish.history.at(-1)?.summary).toBe(
      `${english('stepStripeInstall')}: ${english('manualSkipped')}`,
    );
  });

  it('keeps the order defaults seen as facts, worded by the report', () => {
    expect(v2.steps['cpq-order-defaults'].evidence).toMatchObject({
      orderDefaults: { allowMultipleOrders: false, defaultOrderStartDate: '' },
    });
    expect(v2.steps['cpq-order-defaults'].evidence).not.toHaveProperty('values');
    const shown = toReport(v2, itsLanguage).steps.find((s) => s.id === 'cpq-order-defaults');
    expect(shown?.evidence?.values).toEqual(v1.steps['cpq-order-defaults']?.evidence?.values);
  });

  it('keeps statuses, evidence and history counts as they were', () => {
    for (const id of STEP_IDS)
      expect(v2.steps[id].status).toBe(v1.steps[id as keyof typeof v1.steps]?.status ?? 'pending');
    expect(v2.history).toHaveLength(v1.history.length);
  });
});

describe('what v1 prose cannot be read back', () => {
  it('a note no message wrote is kept as text and shown as written', () => {
    const raw = structuredClone(v1en) as V1;
    (raw.steps['cpq-license'] as V1Step).note = 'Licence given by the consultant before go-live';
    const v2 = migrate(raw);
    expect(v2.steps['cpq-license'].note).toEqual({
      text: 'Licence given by the consultant before go-live',
    });
    expect(toReport(v2, german).steps.find((s) => s.id === 'cpq-license')?.note).toBe(
      'Licence given by the consultant before go-live',
    );
  });

  it('order-default words of no known label are kept as words', () => {
    const raw = structuredClone(v1en) as V1;
    const step = raw.steps['cpq-order-defaults'] as V1Step;
    step.evidence = { ...step.evidence, values: { 'Multi orders': 'maybe' } };
    const v2 = migrate(raw);
    expect(v2.steps['cpq-order-defaults'].evidence?.values).toEqual({ 'Multi orders': 'maybe' });
  });
});

describe('records of other ages', () => {
  it('a step a newer plan added reads as pending; a missing install step is not trusted', () => {
    const v2 = migrate(structuredClone(v1en));
    expect(v2.steps['config-billing-batchsize']).toEqual({
      status: 'pending',
      updatedAt: v1en.updatedAt,
    });
    const raw = structuredClone(v1en) as V1;
    delete raw.steps['stripe-install'];
    expect(readOrgRecord(raw)).toMatchObject({ ok: false });
  });

  it('a v2 record reads as it is', () => {
    const v2 = migrate(v1de);
    expect(readOrgRecord(JSON.parse(JSON.stringify(v2)))).toEqual({
      ok: true,
      value: v2,
      migrated: false,
    });
  });
});

describe('per-org settings', () => {
  const answers = { '04t6g000008b1Gp': { package: 'billing', at: '2026-10-01T09:00:00.000Z' } };

  it("v1's answers:<org> becomes the record's package answers", () => {
    expect(readOrgSettingsRecord(undefined, answers)).toEqual({
      ok: true,
      value: { v: 1, packageAnswers: answers },
      migrated: true,
    });
  });

  it('damaged v1 answers cost one more question; a damaged record is refused with its reason', () => {
    expect(readOrgSettingsRecord(undefined, { x: 1 })).toMatchObject({
      ok: true,
      value: { packageAnswers: {} },
    });
    expect(readOrgSettingsRecord({ v: 1, packageAnswers: 'all' }, undefined)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('packageAnswers'),
    });
  });
});
