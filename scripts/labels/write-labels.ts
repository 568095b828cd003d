/**
 * `npm run labels`: writes every Custom Label (labels/*.labels-meta.xml) and its French
 * translation (translations/fr.translation-meta.xml) from the catalogues, their single source.
 * A test fails when the files on disk differ from what this writes.
 */
import fs from 'node:fs';
import { renderLabelFiles } from './render';

for (const file of renderLabelFiles()) {
    fs.writeFileSync(file.path, file.content);
    console.log(`Wrote ${file.path.split('force-app')[1] ?? file.path}`);
}
