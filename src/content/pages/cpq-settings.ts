import { PAGE_URLS } from '../../core/pages';
import { definePage, lazy } from '../page';

/**
 * Salesforce CPQ's settings (Installed Packages → Configure): the calculation-service
 * authorization on Pricing and Calculation, and the recommended Order defaults.
 */
export default definePage({
  id: 'cpq-settings',
  include: (page) => PAGE_URLS.cpqSettings(page),
  reads: [
    'the tab strip by label (Pricing and Calculation, Order, …) and which tab is shown',
    'the "Authorize new calculation service" link',
    'Order tab: Allow Multiple Orders, Default Order Start Date (by label)',
  ],
  fills: ['Allow Multiple Orders', 'Default Order Start Date'],
  init: lazy(() => import('./cpq-settings.run')),
});
