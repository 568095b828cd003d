/**
 * The one place zod is imported from (`import * as z from './zod'`). `zod/mini` builds no
 * function at run time on the paths we use, and `jitless` is set before any schema exists:
 * Lightning Web Security refuses `eval` and `new Function`. Re-exporting with `export *` (not a
 * namespace object) lets the bundler drop every part of zod the domain does not use.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';
