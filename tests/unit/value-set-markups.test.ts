// @vitest-environment happy-dom
/**
 * The Gateway Type value set in markups the replicas do not render: column headers as plain
 * cells, list titles in other elements, a title followed by its item count (as Lightning shows a
 * related list). The guide reads the same three values in each; a list it cannot tell apart from
 * its look-alike is never taken for it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { relatedListByTitle } from '../../src/content/dom/grid';
import { readPicklistValueSet } from '../../src/content/read/picklist-value-set';
import { GATEWAY_TYPE_ID } from '../fixtures/salesforce/config-world';
import { renderValueSet } from '../fixtures/salesforce/picklist-value-sets';
import { createOrgState, type OrgState } from '../fixtures/salesforce/state';
import { acmeHost, framed, show } from '../support/show-page';

let org: OrgState;
beforeEach(() => {
  org = createOrgState('acme');
  document.body.replaceChildren();
});

const VALUES = ['Authorize.Net', 'CyberSource', 'PayPal'];
const labels = (page: Document) => {
  const read = readPicklistValueSet(page);
  return read.found ? read.data.active.map((v) => v.label) : read;
};

/** Replaces every element matching `selector` by a new `tag` holding the same children. */
function retag(page: Document, selector: string, tag: string, className = ''): void {
  for (const old of page.querySelectorAll(selector)) {
    const next = page.createElement(tag);
    if (className) next.className = className;
    next.append(...old.childNodes);
    old.replaceWith(next);
  }
}

describe.each(['a', 'b'] as const)('markup %s', (variant) => {
  const page = () => {
    org.variant = variant;
    return show(renderValueSet(acmeHost, org, GATEWAY_TYPE_ID, framed));
  };

  it('reads the replica as rendered', () => {
    expect(labels(page())).toEqual(VALUES);
  });

  it('column headers as plain cells', () => {
    const p = page();
    retag(p, 'th[scope="col"]', 'td');
    expect(labels(p)).toEqual(VALUES);
  });

  it('list titles in an h2, or in a div of the page block', () => {
    const p = page();
    retag(p, 'h3', 'h2');
    expect(labels(p)).toEqual(VALUES);
    const q = page();
    retag(q, 'h3', 'div', 'pbTitle');
    expect(labels(q)).toEqual(VALUES);
  });

  it('list titles followed by their item count', () => {
    const p = page();
    for (const h of p.querySelectorAll('h3')) h.textContent = `${h.textContent} (3)`;
    expect(labels(p)).toEqual(VALUES);
  });
});

describe('a list title with an item count', () => {
  it('is the list, and never its look-alike', () => {
    document.body.innerHTML =
      '<div class="bRelatedList" id="licences"><h3>Permission Set License Assignments (1)</h3></div>' +
      '<div class="bRelatedList" id="sets"><h3>Permission Set Assignments (10+)</h3></div>' +
      '<div class="bRelatedList" id="odd"><h3>Values (many)</h3></div>';
    expect(relatedListByTitle(document, 'Permission Set Assignments')?.id).toBe('sets');
    expect(relatedListByTitle(document, 'Permission Set License Assignments')?.id).toBe('licences');
    expect(relatedListByTitle(document, 'Values')).toBeNull();
  });
});
