/** Every page recognizer. Add a page: one file in this folder, one line here. */
import type { PageDefinition } from '../page';
import setupShell from './setup-shell';

export const PAGES: readonly PageDefinition[] = [setupShell];
