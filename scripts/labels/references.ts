import fs from 'node:fs';
import path from 'node:path';

export interface LabelReference {
    label: string;
    file: string;
}

const LWC_LABEL_IMPORT = /['"]@salesforce\/label\/c\.(\w+)['"]/g;
// `Label.get(namespace, name)` looks a label up by name: a method, not a label.
const APEX_LABEL = /\b(?:System\.)?Label\.(?!get\s*\()(\w+)\b/g;

function walk(dir: string, accept: (file: string) => boolean): string[] {
    if (!fs.existsSync(dir)) {
        return [];
    }
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            return entry.name === '__tests__' || entry.name === 'node_modules'
                ? []
                : walk(full, accept);
        }
        return accept(full) ? [full] : [];
    });
}

/** Custom Labels imported by the components' TypeScript sources. */
export function lwcLabelReferences(sourceDir: string): LabelReference[] {
    return walk(sourceDir, (file) => file.endsWith('.ts') && !file.endsWith('.d.ts')).flatMap(
        (file) =>
            [...fs.readFileSync(file, 'utf8').matchAll(LWC_LABEL_IMPORT)].map((m) => ({
                label: m[1] ?? '',
                file,
            })),
    );
}

/** Custom Labels used by Apex classes and triggers (`System.Label.X` / `Label.X`). */
export function apexLabelReferences(forceAppDir: string): LabelReference[] {
    return walk(forceAppDir, (file) => /\.(cls|trigger)$/.test(file)).flatMap((file) =>
        [...fs.readFileSync(file, 'utf8').matchAll(APEX_LABEL)].map((m) => ({
            label: m[1] ?? '',
            file,
        })),
    );
}

/** References to labels that do not exist. */
export function missingLabels(
    references: readonly LabelReference[],
    existing: ReadonlySet<string>,
): LabelReference[] {
    return references.filter((reference) => !existing.has(reference.label));
}
