import { PAGE_URLS } from '../../core/pages';
import { definePage } from '../page';

/**
 * The Lightning Setup shell (top frame). The Classic page it wraps runs in its own frame with
 * its own recognizer; here we only tell the worker which org this tab is on.
 */
export default definePage({
  id: 'setup-shell',
  include: (page, top) => top && PAGE_URLS.setupShell(page),
  reads: ['the URL'],
  fills: [],
  async init(ctx) {
    await ctx.send({ type: 'page:hello', page: 'setup-shell' });
  },
});
