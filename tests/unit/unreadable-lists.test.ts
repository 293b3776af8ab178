// @vitest-environment happy-dom
/**
 * A list whose rows a reader cannot read (no column header it knows, no name in its rows) is not
 * found, never "none": the guide would otherwise say a value, set, user or layout is missing
 * while the page shows it. A list that really is empty (a header row alone, or its empty-list
 * text) still reads as empty. Replica pages in both markups, changed the way a real page may be.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readPageLayoutsTab } from '../../src/content/read/page-layouts-tab';
import { readPermissionSetAssignments } from '../../src/content/read/permission-set-assignments';
import { readPermissionSetManageAssignments } from '../../src/content/read/permission-set-manage-assignments';
import { readPicklistValueSet } from '../../src/content/read/picklist-value-set';
import { BANK_ACCOUNT_TYPE_ID, GATEWAY_TYPE_ID } from '../fixtures/salesforce/config-world';
import { renderManageAssignments } from '../fixtures/salesforce/permission-sets';
import { renderValueSet } from '../fixtures/salesforce/picklist-value-sets';
import {
  createOrgState,
  LICENCE_TRAP_USER_ID,
  type OrgState,
  SECOND_USER_ID,
} from '../fixtures/salesforce/state';
import { renderUserDetail } from '../fixtures/salesforce/user-detail';
import { acmeHost, framed, show } from '../support/show-page';

const host = acmeHost;
const CPQ_ADMIN_SET_ID = '0PS5g000000Cq01';

let org: OrgState;
beforeEach(() => {
  org = createOrgState('acme');
  document.body.replaceChildren();
});

/** The related list under the heading `title` (h3), as the page shows it. */
function listTitled(page: Document, title: string): Element {
  const heading = [...page.querySelectorAll('h3')].find((h) => h.textContent === title);
  const list = heading?.closest('.bRelatedList');
  if (!list) throw new Error(`no list ${title}`);
  return list;
}

/** Renames one column header inside `root`, as a changed page would show it. */
function renameHeader(root: ParentNode, from: string, to: string): void {
  const cell = [...root.querySelectorAll('th, [role="columnheader"]')].find(
    (c) => c.textContent?.trim() === from,
  );
  if (!cell) throw new Error(`no header ${from}`);
  cell.textContent = to;
}

/**
 * Wraps each row's cells in an element, as a component library may render them: the cells are
 * no longer the row's own, so no column can be read.
 */
function wrapCells(rows: Iterable<Element>): void {
  for (const row of rows) {
    const wrapper = row.ownerDocument.createElement('lightning-primitive-cell-factory');
    wrapper.append(...row.childNodes);
    row.append(wrapper);
  }
}

describe.each(['a', 'b'] as const)('markup %s', (variant) => {
  beforeEach(() => {
    org.variant = variant;
  });

  describe('readPicklistValueSet', () => {
    const gateway = () => show(renderValueSet(host, org, GATEWAY_TYPE_ID, framed));

    it('a Values list headed "Label" is read', () => {
      org.config.valuesHeader = 'Label';
      const page = gateway();
      const headers = [...listTitled(page, 'Values').querySelectorAll('th[scope="col"]')];
      expect(headers.map((h) => h.textContent)).toContain('Label');
      expect(headers.map((h) => h.textContent)).not.toContain('Values');
      const result = readPicklistValueSet(page);
      if (!result.found) throw new Error(result.missing);
      expect(result.data.active.map((v) => v.label)).toEqual([
        'Authorize.Net',
        'CyberSource',
        'PayPal',
      ]);
      expect(result.data.active[0]?.apiName).toBe('Authorize.Net');
      expect(result.data.inactive).toEqual([{ label: 'Test Gateway', apiName: 'Test Gateway' }]);
    });

    it('rows under a header it does not know are not found, never "no values"', () => {
      org.config.valuesHeader = 'Picklist Value';
      expect(readPicklistValueSet(gateway())).toEqual({
        found: false,
        missing: 'Values',
        within: 'Values',
      });
    });

    it('an unreadable Inactive Values list is not found (a value may only need activating)', () => {
      const page = gateway();
      renameHeader(listTitled(page, 'Inactive Values'), 'Values', 'Picklist Value');
      expect(readPicklistValueSet(page)).toEqual({
        found: false,
        missing: 'Values',
        within: 'Inactive Values',
      });
    });

    it('rows whose label cells are not the rows own are not found', () => {
      const page = gateway();
      wrapCells(listTitled(page, 'Values').querySelectorAll('tr.dataRow'));
      expect(readPicklistValueSet(page)).toMatchObject({ found: false, within: 'Values' });
    });

    it('no data rows reads as empty, whatever the header', () => {
      // The replica's empty set: one header row holding "No records to display".
      org.config.valuesHeader = 'Picklist Value';
      const empty = show(renderValueSet(host, org, BANK_ACCOUNT_TYPE_ID, framed));
      expect(readPicklistValueSet(empty)).toMatchObject({
        found: true,
        data: { name: 'Bank Account Type', active: [], inactive: [] },
      });
      // The empty-list text in a data row, and a header row with no rows under it.
      const values = listTitled(empty, 'Values').querySelector('.pbBody tbody');
      if (!values) throw new Error('no Values table');
      values.innerHTML =
        '<tr class="dataRow"><td colspan="5">No records to display</td></tr><tr class="dataRow"><td></td></tr>';
      const inactive = listTitled(empty, 'Inactive Values').querySelector('.pbBody tbody');
      if (!inactive) throw new Error('no Inactive Values table');
      inactive.innerHTML =
        '<tr class="headerRow"><th scope="col">Action</th><th scope="col">Values</th></tr>';
      expect(readPicklistValueSet(empty)).toMatchObject({
        found: true,
        data: { active: [], inactive: [] },
      });
    });
  });

  describe('readPermissionSetAssignments (user detail)', () => {
    it('rows with no name it can find are not found, never "no permission sets"', () => {
      const page = show(renderUserDetail(host, org, LICENCE_TRAP_USER_ID, framed));
      const list = listTitled(page, 'Permission Set Assignments');
      // Names as plain text: no row header, no link (the Created By link too).
      for (const cell of list.querySelectorAll('tr.dataRow > *')) {
        const plain = page.createElement('td');
        plain.textContent = cell.textContent;
        cell.replaceWith(plain);
      }
      expect(list.querySelectorAll('tr.dataRow').length).toBe(2);
      expect(readPermissionSetAssignments(page)).toEqual({
        found: false,
        missing: 'row names',
        within: 'Permission Set Assignments',
      });
    });

    it('an empty list still reads as empty: its empty-list text, or a header row alone', () => {
      const page = show(renderUserDetail(host, org, SECOND_USER_ID, framed));
      expect(readPermissionSetAssignments(page)).toMatchObject({ found: true, data: { sets: [] } });
      const body = listTitled(page, 'Permission Set Assignments').querySelector('table.list tbody');
      if (!body) throw new Error('no list table');
      body.innerHTML =
        '<tr class="headerRow"><th scope="col">Action</th><th scope="col">Permission Set Label</th></tr>';
      expect(readPermissionSetAssignments(page)).toMatchObject({ found: true, data: { sets: [] } });
    });
  });

  describe('readPermissionSetManageAssignments', () => {
    it('rows whose Full Name cells it cannot read are not found, never "no one holds it"', () => {
      const page = show(
        renderManageAssignments(host, org, new URLSearchParams({ id: CPQ_ADMIN_SET_ID })),
      );
      const rows = [...page.querySelectorAll('tr.dataRow, [role="row"].x-grid3-row')];
      expect(rows.length).toBeGreaterThan(0);
      wrapCells(rows);
      expect(readPermissionSetManageAssignments(page)).toEqual({
        found: false,
        missing: 'Full Name',
        within: 'Full Name',
      });
    });
  });
});

describe('readPageLayoutsTab', () => {
  /** The Lightning tab as the replica's page script draws it (tests/fixtures/salesforce/page-scripts/config-pages.js). */
  const TAB = `<h1>Opportunity</h1><button type="button">Page Layout Assignment</button>
<table class="slds-table"><thead><tr><th scope="col">Page Layout Name</th><th scope="col">Created By</th></tr></thead>
<tbody><tr><th scope="row"><a href="#">CPQ Opportunity Layout</a></th><td>Ada Admin</td></tr></tbody></table>`;

  it('reads the layouts of a table it knows', () => {
    expect(readPageLayoutsTab(show(TAB))).toMatchObject({
      found: true,
      data: { object: 'Opportunity', layouts: ['CPQ Opportunity Layout'] },
    });
  });

  it('rows whose cells it cannot read are not found, never "the layout is not listed"', () => {
    const page = show(TAB);
    wrapCells(page.querySelectorAll('tbody tr'));
    expect(readPageLayoutsTab(page)).toEqual({
      found: false,
      missing: 'Page Layout Name',
      within: 'Page Layout Name',
    });
  });

  it('a header row alone, or with its empty-list text, reads as empty', () => {
    const page = show(TAB);
    const body = page.querySelector('tbody');
    body?.replaceChildren();
    expect(readPageLayoutsTab(page)).toMatchObject({ found: true, data: { layouts: [] } });
    if (body) body.innerHTML = '<tr><td colspan="2">No items to display.</td></tr>';
    expect(readPageLayoutsTab(page)).toMatchObject({ found: true, data: { layouts: [] } });
  });
});
