/**
 * `npm run labels`: writes every Custom Label (force-app: labels/*.labels-meta.xml), its French
 * translation (force-app-fr: translations/fr.translation-meta.xml, a package directory of its own,
 * with the French of the custom report types) and the components' validation label module from the
 * catalogues, their single source. A test fails when the files on disk differ from these.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../build/paths';
import { renderLabelFiles } from './render';

for (const file of renderLabelFiles()) {
    fs.writeFileSync(file.path, file.content);
    console.log(`Wrote ${path.relative(PROJECT_ROOT, file.path)}`);
}
