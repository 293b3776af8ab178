// @vitest-environment happy-dom
/**
 * The configuration page readers (src/content/read/) against the replicas' own HTML, in both
 * markups: found vs not found, empty vs filled, and the traps (a licence named like a set, the
 * record-type matrix, inactive values, a trailing space).
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { readEditPageLayoutAssignment } from '../../src/content/read/edit-page-layout-assignment';
import { readEditPermissionSetAssignments } from '../../src/content/read/edit-permission-set-assignments';
import { readPageLayoutAssignment } from '../../src/content/read/page-layout-assignment';
import { readPageLayoutsTab } from '../../src/content/read/page-layouts-tab';
import { readPermissionSetAssignments } from '../../src/content/read/permission-set-assignments';
import { readPermissionSetManageAssignments } from '../../src/content/read/permission-set-manage-assignments';
import { readPicklistValueNew } from '../../src/content/read/picklist-value-new';
import { readPicklistValueSet } from '../../src/content/read/picklist-value-set';
import { BANK_ACCOUNT_TYPE_ID, GATEWAY_TYPE_ID } from '../fixtures/salesforce/config-world';
import {
  renderEditLayoutAssignment,
  renderLayoutAssignment,
  renderPageLayoutsTab,
} from '../fixtures/salesforce/page-layouts';
import {
  renderManageAssignments,
  renderPermSetAssignment,
} from '../fixtures/salesforce/permission-sets';
import { renderValueNew, renderValueSet } from '../fixtures/salesforce/picklist-value-sets';
import {
  createOrgState,
  DEFAULT_USER_ID,
  LICENCE_TRAP_USER_ID,
  type OrgState,
  SECOND_USER_ID,
} from '../fixtures/salesforce/state';
import { renderUserDetail } from '../fixtures/salesforce/user-detail';
import { acmeHost, framed, show } from '../support/show-page';

const host = acmeHost;

const PAGE_SCRIPTS = { ReplicaKit: 'replica-kit.js', ConfigPages: 'config-pages.js' } as const;

/** Runs one of the replica's page scripts, as the page would after load. */
function runPageScript(name: keyof typeof PAGE_SCRIPTS): void {
  // By path: this environment's URL class is happy-dom's, which readFileSync does not take.
  const source = readFileSync(
    `${import.meta.dirname}/../fixtures/salesforce/page-scripts/${PAGE_SCRIPTS[name]}`,
    'utf8',
  );
  // The replica's own script text (tests/fixtures), run in this window like a <script> tag.
  new Function(source)();
}

const VARIANTS = ['a', 'b'] as const;
let org: OrgState;
beforeEach(() => {
  org = createOrgState('acme');
  document.body.replaceChildren();
});

describe.each(VARIANTS)('markup %s', (variant) => {
  beforeEach(() => {
    org.variant = variant;
  });

  describe('readPermissionSetAssignments (user detail)', () => {
    it('reads the sets, never the licence named like a set, with user and profile', () => {
      const result = readPermissionSetAssignments(
        show(renderUserDetail(host, org, LICENCE_TRAP_USER_ID, framed)),
      );
      expect(result.found).toBe(true);
      if (!result.found) return;
      expect(result.data).toEqual({
        user: 'Lin Licence',
        profile: 'System Administrator',
        sets: ['Salesforce CPQ Admin User', 'Salesforce Billing Admin'],
      });
      expect(result.data.sets).not.toContain('Stripe Payment Gateway Admin');
      expect(result.elements.editAssignments?.closest('.bRelatedList')).toBe(
        result.elements.list.closest('.bRelatedList'),
      );
    });

    it('an empty list is found and empty; a page without it is not found', () => {
      const empty = readPermissionSetAssignments(
        show(renderUserDetail(host, org, SECOND_USER_ID, framed)),
      );
      expect(empty).toMatchObject({ found: true, data: { sets: [], profile: 'Standard User' } });
      const page = show(renderUserDetail(host, org, SECOND_USER_ID, framed));
      for (const h of page.querySelectorAll('h3'))
        if (h.textContent === 'Permission Set Assignments') h.remove();
      expect(readPermissionSetAssignments(page)).toEqual({
        found: false,
        missing: 'Permission Set Assignments',
      });
    });
  });

  describe('readEditPermissionSetAssignments (chooser)', () => {
    it('reads both lists, finds Add / Remove / Save, and follows the page script moving a set', () => {
      const page = show(
        renderPermSetAssignment(host, org, new URLSearchParams({ userId: DEFAULT_USER_ID })),
      );
      const result = readEditPermissionSetAssignments(page);
      if (!result.found) throw new Error(result.missing);
      expect(result.data.enabled).toEqual(['Sales Console User Access']);
      expect(result.data.available).toContain('Stripe Payment Gateway Admin');
      expect(result.data.selected).toEqual([]);
      expect(result.elements.add).not.toBeNull();
      expect(result.elements.remove).not.toBeNull();
      expect(result.elements.add).not.toBe(result.elements.remove);
      expect(result.elements.save.length).toBeGreaterThan(0);
      runPageScript('ReplicaKit');
      runPageScript('ConfigPages');
      const option = [...result.elements.available.options].find(
        (o) => o.text === 'Stripe Payment Gateway Admin',
      );
      if (!option) throw new Error('no Stripe option');
      option.selected = true;
      expect(readEditPermissionSetAssignments(page)).toMatchObject({
        data: { selected: ['Stripe Payment Gateway Admin'] },
      });
      result.elements.add?.click();
      const after = readEditPermissionSetAssignments(page);
      expect(after.found && after.data.enabled).toEqual([
        'Sales Console User Access',
        'Stripe Payment Gateway Admin',
      ]);
    });

    it('is not found on a page with one list only', () => {
      const page = show(
        renderPermSetAssignment(host, org, new URLSearchParams({ userId: DEFAULT_USER_ID })),
      );
      page.querySelector('select[name="enabled"]')?.remove();
      expect(readEditPermissionSetAssignments(page)).toEqual({
        found: false,
        missing: 'Enabled Permission Sets',
      });
    });
  });

  describe('readPermissionSetManageAssignments', () => {
    it('lists the holders of a set, and an empty list as empty', () => {
      const held = readPermissionSetManageAssignments(
        show(renderManageAssignments(host, org, new URLSearchParams({ id: '0PS5g000000Cq01' }))),
      );
      expect(held).toMatchObject({
        found: true,
        data: {
          set: 'Salesforce CPQ Admin User',
          users: [{ name: 'Lin Licence', profile: 'System Administrator' }],
        },
      });
      const none = readPermissionSetManageAssignments(
        show(renderManageAssignments(host, org, new URLSearchParams({ id: '0PS5g000000St02' }))),
      );
      expect(none).toMatchObject({ found: true, data: { users: [] } });
      expect(readPermissionSetManageAssignments(show('<p>Permission Set</p>'))).toMatchObject({
        found: false,
      });
    });
  });

  describe('readPageLayoutsTab (Object Manager, rendered by the page script)', () => {
    it('reads the object label and layouts after the Aura-like boot', async () => {
      show(renderPageLayoutsTab(org, 'Opportunity'));
      expect(readPageLayoutsTab(document)).toEqual({ found: false, missing: 'Page Layout Name' });
      const config = JSON.parse(
        /initConfig = (.*);/.exec(renderPageLayoutsTab(org, 'Opportunity') ?? '')?.[1] ?? 'null',
      );
      Object.assign(window, { Aura: { initConfig: config } });
      runPageScript('ReplicaKit');
      runPageScript('ConfigPages');
      await new Promise((r) => setTimeout(r, 300));
      const result = readPageLayoutsTab(document);
      if (!result.found) throw new Error(result.missing);
      expect(result.data).toEqual({
        object: 'Opportunity',
        layouts: ['Opportunity Layout', 'CPQ Opportunity Layout', 'Opportunity (Marketing) Layout'],
      });
      expect(result.elements.assignment?.textContent).toBe('Page Layout Assignment');
    });
  });

  describe('readPageLayoutAssignment', () => {
    it('reads the record-type matrix: one layout per profile and record type', () => {
      const opportunity = org.config.objects.find((o) => o.apiName === 'Opportunity');
      if (!opportunity) throw new Error('no Opportunity');
      opportunity.assignments['System Administrator'] = {
        'New Business': 'CPQ Opportunity Layout',
        Renewal: 'Opportunity Layout',
      };
      const result = readPageLayoutAssignment(
        show(renderLayoutAssignment(host, org, new URLSearchParams({ type: 'Opportunity' }))),
      );
      if (!result.found) throw new Error(result.missing);
      expect(result.data.object).toBe('Opportunity');
      expect(result.data.recordTypes).toEqual(['New Business', 'Renewal']);
      expect(result.data.rows).toHaveLength(org.config.profiles.length);
      expect(result.data.rows.find((r) => r.profile === 'System Administrator')?.layouts).toEqual([
        'CPQ Opportunity Layout',
        'Opportunity Layout',
      ]);
      expect(result.elements.editAssignment).not.toBeNull();
    });

    it('reads one Page Layout column when the object has no record types', () => {
      const result = readPageLayoutAssignment(
        show(renderLayoutAssignment(host, org, new URLSearchParams({ type: 'Account' }))),
      );
      expect(result).toMatchObject({ found: true, data: { object: 'Account', recordTypes: [] } });
      if (result.found) expect(result.data.rows[0]?.layouts).toEqual(['Account Layout']);
    });

    it('is not found without its title, or without the profile table', () => {
      const page = show(
        renderLayoutAssignment(host, org, new URLSearchParams({ type: 'Account' })),
      );
      page.querySelector('table.list, .assignmentMatrix')?.remove();
      expect(readPageLayoutAssignment(page)).toEqual({ found: false, missing: 'Profiles' });
      expect(
        readPageLayoutAssignment(
          show(
            '<h1>Setup</h1><table><tr><th scope="col">Profiles</th><th scope="col">Page Layout</th></tr></table>',
          ),
        ),
      ).toEqual({
        found: false,
        missing: 'Page Layout Assignment',
      });
    });
  });

  describe('readEditPageLayoutAssignment', () => {
    it('reads the grid, Page Layout To Use, and the cells the page script selects and changes', () => {
      const page = show(
        renderEditLayoutAssignment(host, org, new URLSearchParams({ type: 'Opportunity' })),
      );
      const before = readEditPageLayoutAssignment(page);
      if (!before.found) throw new Error(before.missing);
      expect(before.data.layoutOptions).toEqual([
        'Opportunity Layout',
        'CPQ Opportunity Layout',
        'Opportunity (Marketing) Layout',
      ]);
      expect(before.data.layoutToUse).toBeNull();
      expect(before.data.selected.flat().some(Boolean)).toBe(false);
      runPageScript('ReplicaKit');
      runPageScript('ConfigPages');
      const admin = before.data.rows.findIndex((r) => r.profile === 'System Administrator');
      const cell = before.elements.cells[admin]?.[1] as HTMLElement;
      cell.click();
      before.elements.layoutToUse.value = 'CPQ Opportunity Layout';
      before.elements.layoutToUse.dispatchEvent(new Event('change'));
      const after = readEditPageLayoutAssignment(page);
      if (!after.found) throw new Error(after.missing);
      expect(after.data.selected[admin]).toEqual([false, true]);
      expect(after.data.changed[admin]).toEqual([false, true]);
      expect(after.data.rows[admin]?.layouts).toEqual([
        'Opportunity Layout',
        'CPQ Opportunity Layout',
      ]);
      expect(after.data.layoutToUse).toBe('CPQ Opportunity Layout');
      expect(after.elements.save.length).toBeGreaterThan(0);
    });

    it('is not found on the read-only page (no Page Layout To Use)', () => {
      const page = show(
        renderLayoutAssignment(host, org, new URLSearchParams({ type: 'Opportunity' })),
      );
      expect(readEditPageLayoutAssignment(page)).toEqual({
        found: false,
        missing: 'Page Layout To Use',
      });
    });
  });

  describe('readPicklistValueSet', () => {
    it('reads active and inactive values apart, keeping a trailing space', () => {
      const set = org.config.valueSets.find((s) => s.id === GATEWAY_TYPE_ID);
      set?.values.push({ label: 'Stripe ', apiName: 'Stripe', active: true });
      const result = readPicklistValueSet(show(renderValueSet(host, org, GATEWAY_TYPE_ID, framed)));
      if (!result.found) throw new Error(result.missing);
      expect(result.data.name).toBe('Gateway Type');
      expect(result.data.active).toEqual([
        { label: 'Authorize.Net', apiName: 'Authorize.Net' },
        { label: 'CyberSource', apiName: 'CyberSource' },
        { label: 'PayPal', apiName: 'PayPal' },
        { label: 'Stripe ', apiName: 'Stripe' },
      ]);
      expect(result.data.inactive).toEqual([{ label: 'Test Gateway', apiName: 'Test Gateway' }]);
      expect(result.elements.newButton).not.toBeNull();
    });

    it('an empty Values list is found and empty; no Values list is not found', () => {
      const page = show(renderValueSet(host, org, BANK_ACCOUNT_TYPE_ID, framed));
      expect(readPicklistValueSet(page)).toMatchObject({
        found: true,
        data: { active: [], inactive: [] },
      });
      for (const h of page.querySelectorAll('h3')) h.remove();
      expect(readPicklistValueSet(page)).toEqual({ found: false, missing: 'Values' });
    });
  });

  describe('readPicklistValueNew', () => {
    it('reads the text area lines and the all-record-types box', () => {
      const page = show(renderValueNew(host, org, new URLSearchParams({ id: GATEWAY_TYPE_ID })));
      const before = readPicklistValueNew(page);
      if (!before.found) throw new Error(before.missing);
      expect(before.data).toEqual({ valueSet: 'Gateway Type', values: [], allRecordTypes: false });
      before.elements.textarea.value = 'Stripe\n\nstripe ';
      if (before.elements.allRecordTypes) before.elements.allRecordTypes.checked = true;
      expect(readPicklistValueNew(page)).toMatchObject({
        data: { values: ['Stripe', 'stripe '], allRecordTypes: true },
      });
    });

    it('two text areas are not a guess: not found', () => {
      const page = show(renderValueNew(host, org, new URLSearchParams({ id: GATEWAY_TYPE_ID })));
      page.querySelector('form')?.append(page.createElement('textarea'));
      expect(readPicklistValueNew(page)).toEqual({ found: false, missing: 'one value per line' });
    });
  });
});
