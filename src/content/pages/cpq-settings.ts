import { PAGE_URLS } from '../../core/pages';
import { definePage, lazy } from '../page';

/**
 * Salesforce CPQ's settings (Installed Packages → Configure): the calculation-service
 * authorization on Pricing and Calculation, and the recommended Order defaults.
 * Page facts: docs/salesforce/cpq-settings.md.
 */
export default definePage({
  id: 'cpq-settings',
  include: (page) => PAGE_URLS.cpqSettings(page),
  // What it reads and fills, for maintainers: no code reads it, so every frame need not load it.
  reads: import.meta.env.PROD
    ? []
    : [
        'the tab strip by label (Pricing and Calculation, Order, …) and which tab is shown',
        'the "Authorize new calculation service" link',
        'Order tab: Allow Multiple Orders, Default Order Start Date (by label)',
      ],
  fills: import.meta.env.PROD ? [] : ['Allow Multiple Orders', 'Default Order Start Date'],
  init: lazy(() => import('./cpq-settings.run')),
});
