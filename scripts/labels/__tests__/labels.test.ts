import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FORCE_APP_DIR, LWC_SOURCE_DIR } from '../../build/paths';
import { readCustomLabels, readFrenchLabels } from '../labelFiles';
import { labelFileEntries, renderLabelFiles } from '../render';
import { apexLabelReferences, lwcLabelReferences, missingLabels } from '../references';

const entries = labelFileEntries().flatMap((f) => f.entries);
const existing = new Set(readCustomLabels().map((l) => l.fullName));

describe('Custom Labels', () => {
    it.each(renderLabelFiles().map((f) => [path.basename(f.path), f] as const))(
        '%s is what npm run labels writes from the catalogues',
        (_name, file) => {
            expect(fs.readFileSync(file.path, 'utf8')).toBe(file.content);
        },
    );

    it('has a French translation for every label', () => {
        const french = readFrenchLabels();
        const untranslated = readCustomLabels()
            .map((l) => l.fullName)
            .filter((name) => !french.get(name));
        expect(untranslated).toEqual([]);
    });

    it.each(entries.map((e) => [e.name, e] as const))(
        '%s has the same placeholders in English and French',
        (_name, entry) => {
            const placeholders = (text: string) =>
                [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
            expect(placeholders(entry.fr)).toEqual(placeholders(entry.en));
            expect(entry.en.trim()).not.toBe('');
        },
    );

    it('defines every label the components import', () => {
        const references = lwcLabelReferences(LWC_SOURCE_DIR);
        expect(references.length).toBeGreaterThan(50);
        expect(missingLabels(references, existing)).toEqual([]);
    });

    it('has the components import their labels only from the modules npm run labels writes', () => {
        const generated = new Set(renderLabelFiles().map((file) => file.path));
        const outside = lwcLabelReferences(LWC_SOURCE_DIR)
            .filter((reference) => !generated.has(reference.file))
            .map(
                (reference) =>
                    `${path.relative(LWC_SOURCE_DIR, reference.file)}: ${reference.label}`,
            );
        expect(outside).toEqual([]);
    });

    it('defines every label the Apex classes use', () => {
        expect(missingLabels(apexLabelReferences(FORCE_APP_DIR), existing)).toEqual([]);
    });

    it('finds a label that a component or a class uses but nobody defined', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labels-'));
        fs.mkdirSync(path.join(dir, 'widget'));
        fs.writeFileSync(
            path.join(dir, 'widget', 'widget.ts'),
            "import a from '@salesforce/label/c.RA_List_Title';\nimport b from '@salesforce/label/c.RA_Nobody_Defined';\n",
        );
        fs.writeFileSync(
            path.join(dir, 'Widget.cls'),
            'public with sharing class Widget { String a = System.Label.RA_Missing_Too; }',
        );
        const references = [...lwcLabelReferences(dir), ...apexLabelReferences(dir)];
        expect(missingLabels(references, existing).map((r) => r.label)).toEqual([
            'RA_Nobody_Defined',
            'RA_Missing_Too',
        ]);
    });
});
