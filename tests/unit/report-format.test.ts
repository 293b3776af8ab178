import { describe, expect, it } from 'vitest';
import { english } from '../../src/core/i18n';
import {
  applyManual,
  applyObservation,
  newOrgProgress,
  type Report,
  toReport,
} from '../../src/core/progress';
import {
  markdownText,
  reportFileName,
  reportJson,
  reportMarkdown,
  utcStamp,
  whereSeen,
} from '../../src/core/report-format';
import type { InstalledPackageRow, OrgProgress } from '../../src/core/schemas';

const IP_URL = 'https://acme--uat.sandbox.my.salesforce-setup.com/0A3?setupid=ImportedPackage';
const CPQ: InstalledPackageRow = {
  name: 'Salesforce CPQ',
  publisher: 'Salesforce.com, inc.',
  version: '258.2',
  namespace: 'SBQQ',
  installedOn: '11/20/2026',
};
const NOW = new Date(2026, 10, 27, 15, 30); // local time: the file name uses the local date

function sampleState(): OrgProgress {
  let s = newOrgProgress('acme--uat', 'sandbox', '2026-11-20T08:00:00.000Z');
  s = applyManual(s, 'cpq-license', 'done', '2026-11-20T09:00:00.000Z');
  for (const minute of ['10', '11', '12']) {
    s = applyObservation(s, {
      kind: 'packages',
      seenAt: `2026-11-21T10:${minute}:00.000Z`,
      url: IP_URL,
      packages: [CPQ],
    });
  }
  s = applyManual(s, 'cpq-order-defaults', 'skipped', '2026-11-22T09:00:00.000Z');
  return s;
}

const rows = (md: string) => md.split('\n').filter((l) => /^\| \d+ /.test(l));

describe('reportMarkdown', () => {
  const report = toReport(sampleState(), english);
  const md = reportMarkdown(report, new Date('2026-11-27T15:30:00.000Z'), english);

  it('heads with the org, its environment and the generated date', () => {
    expect(md.split('\n')[0]).toBe('# Install report: acme--uat (Sandbox)');
    expect(md).toContain('Generated 2026-11-27 15:30 UTC');
    expect(md).toContain('**3 of 20 steps done or skipped.**');
    expect(md).toContain('Install: 3/6; Configure: 0/14.');
    expect(md).toContain('Next: Authorize the CPQ calculation service.');
  });

  it('has one table row per step, in plan order, with its evidence', () => {
    expect(md).toContain(
      '| # | Step | Status | Version | When seen | Where | Confirmed by | Notes |',
    );
    const table = rows(md);
    expect(table).toHaveLength(20);
    // Install steps under their phase's heading, then the configuration steps, numbered through.
    expect(md.indexOf('### Install')).toBeLessThan(md.indexOf('| 1 |'));
    expect(md.indexOf('### Configure')).toBeGreaterThan(md.indexOf('| 6 |'));
    expect(md.indexOf('### Configure')).toBeLessThan(md.indexOf('| 7 |'));
    expect(table[6]).toBe('| 7 | Permission sets for every admin | Pending | — | — | — | — | — |');
    expect(table[0]).toMatch(
      /^\| 1 \| Salesforce CPQ License for the installing user \| Done \| — \| 2026-11-20 09:00 UTC \| extension popup \| admin \| Confirmed by admin on 2026-11-20\. \|$/,
    );
    expect(table[1]).toBe(
      '| 2 | Install Salesforce CPQ for All Users | Done | 258.2 | 2026-11-21 10:10 UTC | acme--uat.sandbox.my.salesforce-setup.com/0A3 | extension | Package: Salesforce CPQ. Installed on 11/20/2026. |',
    );
    expect(table[2]).toBe(
      '| 3 | Authorize the CPQ calculation service | Pending | — | — | — | — | — |',
    );
    expect(table[3]).toContain('| Skipped |');
    expect(table[3]).toContain('Optional.');
  });

  it('lists the history newest first, repeats folded as ×N', () => {
    const history = md.slice(md.indexOf('## History'));
    const items = history.split('\n').filter((l) => l.startsWith('- '));
    expect(items[0]).toBe('- 2026-11-22 09:00 UTC: Set CPQ Order defaults: Skipped by admin');
    expect(items).toContain(
      '- 2026-11-21 10:12 UTC: Installed Packages seen (1 packages): no change ×2',
    );
    expect(items.at(-1)).toContain('2026-11-20 09:00 UTC');
    expect(history).not.toContain('dropped');
  });

  it('says how many history entries were dropped', () => {
    const md2 = reportMarkdown({ ...report, historyDropped: 37 }, NOW, english);
    expect(md2).toContain('37 older history entries were dropped');
  });

  it('shows the recovery notice with the date of the backup', () => {
    const md2 = reportMarkdown(
      {
        ...report,
        recovered: {
          backupKey: 'backup:acme--uat:2026-11-19T07:00:00.000Z',
          at: '2026-11-19T07:00:00.000Z',
          reason: 'invalid record',
        },
      },
      NOW,
      english,
    );
    expect(md2).toContain('> Stored progress was unreadable on 2026-11-19 07:00 UTC');
    expect(md2).toContain('backup:acme--uat:2026-11-19T07:00:00.000Z');
  });

  it('keeps page-derived text as data: no cell breaks, no new rows, no markup', () => {
    const hostile: Report = {
      ...report,
      steps: report.steps.map((s, i) =>
        i === 1
          ? {
              ...s,
              evidence: {
                package: 'Evil | pkg\n| 9 | forged row |',
                version: '1.0<script>alert(1)</script>',
                seenAt: s.evidence?.seenAt ?? '',
                url: 'https://acme.my.salesforce-setup.com/a|b',
              },
              note: '[click](javascript:alert(1)) ![img](http://x/y.png) **bold** `code`\r\nnext',
            }
          : s,
      ),
      history: [{ at: '2026-11-21T10:00:00.000Z', kind: 'x', summary: 'line1\n# heading' }],
    };
    const out = reportMarkdown(hostile, NOW, english);
    const table = rows(out);
    expect(table).toHaveLength(20);
    // Every row still has exactly 8 cells: 9 unescaped pipes.
    for (const row of table) expect(row.match(/(?<!\\)\|/g)).toHaveLength(9);
    expect(out).not.toContain('| 9 | forged row |');
    expect(out).toContain('Evil \\| pkg \\| 9 \\| forged row \\|');
    expect(out).toContain('1.0\\<script\\>alert(1)\\</script\\>');
    expect(out).toContain('\\[click\\](javascript:alert(1))');
    expect(out).toContain('\\*\\*bold\\*\\*');
    expect(out).toContain('\\`code\\`');
    expect(out).not.toMatch(/<script>/);
    expect(out).not.toMatch(/^# heading/m);
    expect(out).toContain('- 2026-11-21 10:00 UTC: line1 # heading');
  });
});

describe('helpers', () => {
  it('markdownText folds line breaks and escapes markup', () => {
    expect(markdownText('a\nb\r\nc\rd')).toBe('a b c d');
    expect(markdownText('x|y')).toBe('x\\|y');
    expect(markdownText('a_b*c')).toBe('a\\_b\\*c');
    expect(markdownText('AT&T')).toBe('AT\\&T');
  });

  it('utcStamp formats ISO dates and leaves other text alone', () => {
    expect(utcStamp('2026-01-02T03:04:59.000Z')).toBe('2026-01-02 03:04 UTC');
    expect(utcStamp('yesterday')).toBe('yesterday');
  });

  it('whereSeen keeps host and path, drops query and fragment', () => {
    expect(whereSeen('https://acme.my.salesforce-setup.com/lightning/setup/x/home?a=1#b')).toBe(
      'acme.my.salesforce-setup.com/lightning/setup/x/home',
    );
    expect(whereSeen('extension popup')).toBe('extension popup');
    expect(whereSeen('javascript:alert(1)')).toBe('javascript:alert(1)');
  });
});

describe('reportJson', () => {
  it('is the Report object, pretty-printed', () => {
    const report = toReport(sampleState(), english);
    const json = reportJson(report);
    expect(JSON.parse(json)).toEqual(report);
    expect(json).toContain('\n  "org": "acme--uat",\n');
  });
});

describe('reportFileName', () => {
  it.each([
    ['acme--uat', 'md', 'install-report-acme--uat-2026-11-27.md'],
    ['acme', 'json', 'install-report-acme-2026-11-27.json'],
    ['Weird/Name', 'md', 'install-report-weird-name-2026-11-27.md'],
  ] as const)('%s .%s → %s', (org, ext, name) => {
    expect(reportFileName({ org }, ext, NOW)).toBe(name);
  });

  it('uses the local date', () => {
    expect(reportFileName({ org: 'acme' }, 'md', new Date(2026, 0, 5, 23, 59))).toBe(
      'install-report-acme-2026-01-05.md',
    );
  });
});
