import { fileURLToPath } from 'node:url';

/** The package's own folder (schemas, templates and data ship beside dist/ and src/). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const packagePath = (...parts: string[]): string => [PACKAGE_ROOT.replace(/\/$/, ''), ...parts].join('/');
