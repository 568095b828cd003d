/**
 * What a user who reads French would still find in English on the screen. The screen is what
 * Chromium lays out (DOMSnapshot: every rendered text, in any component, and the placeholder,
 * title, alternative text and accessible name of every rendered element), not what a script
 * reads of the DOM. Two checks:
 * - the English of every label whose French differs (the app's Custom Labels, the Apex messages,
 *   the validation messages, the base components' own words), as a whole phrase, a `{n}` of it
 *   standing for any text;
 * - English words of user interfaces, so that a string hard-coded in English, which no catalogue
 *   knows, shows too.
 * An English phrase or word that a French label uses too ("Usage", "Active", "Dimensions") tells
 * nothing and is left out.
 * The records' own data (product, dimension, Account and resale authorization names, file names,
 * IDs, numbers and codes) is taken out first: it is what the user typed or AWS named.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { VALIDATION_MESSAGES } from '../../lwc-src/raDomain/validationMessages';
import { PROJECT_ROOT } from '../build/paths';
import { APEX_LABELS } from '../labels/apexLabels';
import { UI_LABELS } from '../labels/uiLabels';
import { FRENCH_BASE_COMPONENT_LABELS } from '../local-app/pageLocales';

/** An English text found on screen, and why it counts as English. */
export interface EnglishFound {
    text: string;
    /** The label whose English it is, or the English word. */
    match: string;
}

const BASE_COMPONENTS_DIR = path.join(PROJECT_ROOT, 'node_modules', 'lightning-base-components');
const BASE_LABEL_PREFIX = '@salesforce/label/';

/** Words of English user interface text (those French shares are left out where used). */
const ENGLISH_WORDS = new Set(
    (
        'the and of to is are with your this that from for not will must enter choose select add ' +
        'remove save cancel review back next close delete edit loading required search upload ' +
        'help price payment payments amount months month days users contract buyer buyers ' +
        'reseller terms draft publish optional error field expiry renewal new open when only ' +
        'each today hours year years files file problem problems fix keep editing discard ' +
        'changes change step steps name none account product products seats duration pricing ' +
        'legal rate rates quantity units schedule availability'
    ).split(' '),
);

/** The base components' English words (`lightning-base-components`), by label. */
function baseComponentEnglish(): Record<string, string> {
    const manifest = JSON.parse(
        fs.readFileSync(path.join(BASE_COMPONENTS_DIR, 'package.json'), 'utf8'),
    ) as { lwc?: { modules?: { name?: string; path?: string }[] } };
    const english: Record<string, string> = {};
    for (const module of manifest.lwc?.modules ?? []) {
        if (module.name?.startsWith(BASE_LABEL_PREFIX) && module.path) {
            const source = fs.readFileSync(path.join(BASE_COMPONENTS_DIR, module.path), 'utf8');
            const value = /export default ("(?:[^"\\]|\\.)*");/.exec(source)?.[1];
            if (value) {
                english[module.name.slice(BASE_LABEL_PREFIX.length)] = JSON.parse(value) as string;
            }
        }
    }
    return english;
}

/** Every label of the catalogues and of the base components, in English and French. */
function labelTexts(): { label: string; en: string; fr: string | undefined }[] {
    const catalogues: Record<string, { en: string; fr: string }>[] = [
        UI_LABELS,
        APEX_LABELS,
        Object.fromEntries(
            Object.entries(VALIDATION_MESSAGES).map(([code, text]) => [
                `RA_Validation_${code}`,
                text,
            ]),
        ),
    ];
    const own = catalogues.flatMap((catalogue) =>
        Object.entries(catalogue).map(([label, text]) => ({ label, en: text.en, fr: text.fr })),
    );
    const base = Object.entries(baseComponentEnglish()).map(([label, en]) => ({
        label,
        en,
        fr: FRENCH_BASE_COMPONENT_LABELS[label],
    }));
    return [...own, ...base];
}

/** Every French text of the labels: what a French screen may hold. */
function frenchTexts(): string[] {
    return labelTexts().flatMap(({ fr }) => (fr ? [fr] : []));
}

/** Every English text whose French differs, by the label it is. */
export function englishTexts(): { label: string; en: string }[] {
    return labelTexts()
        .filter(({ en, fr }) => en !== fr)
        .map(({ label, en }) => ({ label, en }));
}

/** Letters and digits: a phrase is found only as a whole, never inside another word. */
const NOT_IN_A_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_IN_A_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * A label's English as a pattern: its `{n}` stand for any text; null when what it says itself
 * is too short to tell a language by (fewer than 4 letters: "{0} ({1})", "OK").
 */
function phrasePattern(english: string): RegExp | null {
    const pieces = english.split(/\{\d+\}/).map((piece) => piece.trim());
    const letters = pieces.join('').replace(/[^\p{L}]/gu, '');
    if (letters.length < 4) {
        return null;
    }
    const escaped = pieces
        .filter((piece) => piece !== '')
        .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    return new RegExp(
        `${NOT_IN_A_WORD_BEFORE}${escaped.join('[\\s\\S]*?')}${NOT_IN_A_WORD_AFTER}`,
        'u',
    );
}

/** What Chromium renders now: each laid-out text, and the words of each rendered element. */
export async function renderedTexts(page: Page): Promise<string[]> {
    const session = await page.context().newCDPSession(page);
    try {
        const snapshot = await session.send('DOMSnapshot.captureSnapshot', {
            computedStyles: ['visibility'],
        });
        const { strings } = snapshot;
        const texts: string[] = [];
        for (const document of snapshot.documents) {
            const { layout, nodes } = document;
            const shown = new Set<number>();
            layout.nodeIndex.forEach((node, index) => {
                const visibility = layout.styles[index]?.[0];
                if (visibility === undefined || strings[visibility] !== 'hidden') {
                    shown.add(node);
                }
            });
            layout.text.forEach((text, index) => {
                const node = layout.nodeIndex[index];
                if (text >= 0 && node !== undefined && shown.has(node)) {
                    texts.push(strings[text] ?? '');
                }
            });
            (nodes.attributes ?? []).forEach((attributes, node) => {
                if (!shown.has(node)) {
                    return;
                }
                for (let i = 0; i + 1 < attributes.length; i += 2) {
                    const name = strings[attributes[i] ?? -1];
                    if (
                        name === 'placeholder' ||
                        name === 'title' ||
                        name === 'alt' ||
                        name === 'aria-label'
                    ) {
                        texts.push(strings[attributes[i + 1] ?? -1] ?? '');
                    }
                }
            });
        }
        return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
    } finally {
        await session.detach();
    }
}

/** A text without the records' own data: names, file names, IDs, URLs, numbers and codes. */
function withoutData(text: string, data: readonly string[]): string {
    let left = text;
    for (const value of data) {
        left = left.split(value).join(' ');
    }
    return left
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/[\w.-]+\.(?:pdf|docx?|txt|rtf|html?)\b/gi, ' ')
        .replace(/\b[\w-]*\d[\w-]*\b/g, ' ');
}

/** The English a user reading French finds in these texts. */
export function englishIn(texts: readonly string[], data: readonly string[]): EnglishFound[] {
    const french = frenchTexts();
    const phrases = englishTexts().flatMap(({ label, en }) => {
        const pattern = phrasePattern(en);
        return pattern && !french.some((text) => pattern.test(text)) ? [{ label, pattern }] : [];
    });
    const frenchWords = new Set(
        french.flatMap((text) => (text.match(/[\p{L}']+/gu) ?? []).map((w) => w.toLowerCase())),
    );
    const englishWords = [...ENGLISH_WORDS].filter((word) => !frenchWords.has(word));
    // The longest data first: a name that holds another is taken out whole.
    const sortedData = [...new Set(data.filter((value) => value.trim() !== ''))].sort(
        (a, b) => b.length - a.length,
    );
    const found: EnglishFound[] = [];
    for (const text of new Set(texts)) {
        const left = withoutData(text, sortedData);
        const phrase = phrases.find(({ pattern }) => pattern.test(left));
        if (phrase) {
            found.push({ text, match: phrase.label });
            continue;
        }
        const word = (left.match(/[\p{L}']+/gu) ?? []).find((candidate) =>
            englishWords.includes(candidate.toLowerCase()),
        );
        if (word) {
            found.push({ text, match: word });
        }
    }
    return found;
}

/** The English on the page now ([] when everything reads in French). */
export async function englishOnScreen(
    page: Page,
    data: readonly string[],
): Promise<EnglishFound[]> {
    return englishIn(await renderedTexts(page), data);
}
