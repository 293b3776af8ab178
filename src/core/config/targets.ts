/**
 * What the configuration phase wants, as data (docs/salesforce/permission-sets.md,
 * page-layouts.md, picklist-value-sets.md): which permission sets, which layout per object,
 * which picklist values. The verdicts in this folder read only this file; nothing else names a
 * set, a layout or a value.
 */

/** Step ids of the configure phase this folder judges (the plan owns their order). */
export type ConfigLayoutStep =
  | 'config-layout-opportunity'
  | 'config-layout-account'
  | 'config-layout-order'
  | 'config-layout-orderproduct'
  | 'config-layout-product';
export type ConfigPicklistStep = 'config-picklist-bankaccounttype' | 'config-picklist-gatewaytype';
export type ConfigPermsetStep = 'config-permsets-admin' | 'config-permsets-users';

export interface PermissionSetTarget {
  /** the name the guide shows */
  label: string;
  /**
   * `prefix`: any set whose label starts with one of `names` as whole words matches (Salesforce
   * labels its CPQ sets "… User" and "… Access" variants); `exact`: the label folded must equal one.
   */
  match: 'prefix' | 'exact';
  names: readonly string[];
}

export const PERMISSION_SET_TARGETS: Record<ConfigPermsetStep, readonly PermissionSetTarget[]> = {
  'config-permsets-admin': [
    { label: 'Salesforce Billing Admin', match: 'exact', names: ['Salesforce Billing Admin'] },
    // Stripe's docs say "Salesforce CPQ Admin", Salesforce labels it "Salesforce CPQ Admin User".
    { label: 'Salesforce CPQ Admin', match: 'prefix', names: ['Salesforce CPQ Admin'] },
    {
      label: 'Stripe Payment Gateway Admin',
      match: 'exact',
      names: ['Stripe Payment Gateway Admin'],
    },
  ],
  'config-permsets-users': [
    { label: 'Salesforce CPQ User', match: 'prefix', names: ['Salesforce CPQ User'] },
    {
      label: 'Stripe Payment Gateway User',
      match: 'exact',
      names: ['Stripe Payment Gateway User'],
    },
  ],
};

export interface LayoutTarget {
  /** Object Manager label */
  object: string;
  /** API name, which is also the Object Manager URL slot of these standard objects */
  apiName: string;
  layout: string;
}

export const LAYOUT_TARGETS: Record<ConfigLayoutStep, LayoutTarget> = {
  'config-layout-opportunity': {
    object: 'Opportunity',
    apiName: 'Opportunity',
    layout: 'CPQ Opportunity Layout',
  },
  'config-layout-account': {
    object: 'Account',
    apiName: 'Account',
    layout: 'Billing Account Layout',
  },
  'config-layout-order': { object: 'Order', apiName: 'Order', layout: 'Billing Order Layout' },
  'config-layout-orderproduct': {
    object: 'Order Product',
    apiName: 'OrderItem',
    layout: 'Billing Order Product Layout',
  },
  'config-layout-product': {
    object: 'Product',
    apiName: 'Product2',
    layout: 'Billing Product Layout',
  },
};

export interface PicklistTarget {
  /** the Billing object and field whose value set it is */
  object: string;
  objectApiName: string;
  field: string;
  fieldApiName: string;
  /** the value set's label on Setup → Picklist Value Sets */
  valueSet: string;
  /** values that must be active, exactly as written (label and API name) */
  values: readonly string[];
  /** look-alikes that are another product's value, named as such */
  otherProducts: readonly string[];
}

export const PICKLIST_TARGETS: Record<ConfigPicklistStep, PicklistTarget> = {
  'config-picklist-bankaccounttype': {
    object: 'Payment Method',
    objectApiName: 'blng__PaymentMethod__c',
    field: 'Bank Account Type',
    fieldApiName: 'blng__BankAccountType__c',
    valueSet: 'Bank Account Type',
    values: ['Individual', 'Company'],
    otherProducts: [],
  },
  'config-picklist-gatewaytype': {
    object: 'Payment Gateway',
    objectApiName: 'blng__PaymentGateway__c',
    field: 'Gateway Type',
    fieldApiName: 'blng__GatewayType__c',
    valueSet: 'Gateway Type',
    values: ['Stripe'],
    // Stripe's newer Salesforce Billing Extension (configuration-pages.md: not this sequence).
    otherProducts: ['Stripe (Universal Extension)'],
  },
};

/** Billing's objects, told apart from same-labelled standard ones by the namespace prefix. */
export const BILLING_NAMESPACE_PREFIX = 'blng__';
