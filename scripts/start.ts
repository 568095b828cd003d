/**
 * `npm start`: builds the components from lwc-src into force-app and says what it built.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './build/paths';

const result = spawnSync(
    path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
    ['scripts/build/build-lwc.ts'],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
);
process.exitCode = result.status ?? 1;
