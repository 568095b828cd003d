/**
 * Which of the Apex's refusals (`RA_Apex_*` labels) a session was given, read back from the
 * English message, so a run can tell a refusal it expects from one it must never meet.
 */
import { APEX_LABELS } from '../labels/apexLabels';
import { AuraHandledException } from '../local-app/contract/platform';
import type { ApexLabel } from '../local-app/contract/UserMessages';

function escaped(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PATTERNS: [ApexLabel, RegExp][] = Object.entries(APEX_LABELS)
    .filter(([name]) => name.startsWith('RA_Apex_'))
    .map(([name, text]) => [
        name,
        new RegExp(`^${escaped(text.en).replace(/\\\{\d+\\\}/g, '.*')}$`, 's'),
    ]);

/** The label of an Apex refusal; null for anything else (a bug, a crash, another error). */
export function refusalLabel(error: unknown): ApexLabel | null {
    if (!(error instanceof AuraHandledException)) {
        return null;
    }
    return PATTERNS.find(([, pattern]) => pattern.test(error.message))?.[0] ?? null;
}
