/**
 * The shape of a label catalogue: Custom Labels written once in TypeScript, English and French,
 * from which `npm run labels` writes the Salesforce label and translation files.
 */
export interface LabelText {
    en: string;
    fr: string;
    /** What the label is for, shown to translators and admins in Setup. */
    description: string;
}

export type LabelCatalogue = Record<string, LabelText>;

/** A label as written to the metadata files. */
export interface LabelEntry extends LabelText {
    name: string;
    category: string;
}

export function entriesOf(catalogue: LabelCatalogue, category: string): LabelEntry[] {
    return Object.entries(catalogue).map(([name, text]) => ({ name, category, ...text }));
}
