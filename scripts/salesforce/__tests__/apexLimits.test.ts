/**
 * The offline half of the contract vectors' limits: the Apex constants, read from the classes,
 * are the vectors' (ContractVectors_Test checks the same in an org, and Jest the local twin).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../build/paths';

const CLASSES_DIR = path.join(PROJECT_ROOT, 'force-app/main/default/classes');
const VECTORS_FILE = path.join(
    PROJECT_ROOT,
    'force-app/main/default/staticresources/ContractVectors.json',
);

/** Where each limit of the vectors lives in the Apex: class and constant. */
const APEX_CONSTANTS: Record<string, [string, string]> = {
    refreshIntervalSeconds: ['ChangeSetStatusSync', 'REFRESH_INTERVAL_SECONDS'],
    claimSeconds: ['ChangeSetStatusSync', 'CLAIM_SECONDS'],
    sendClaimSeconds: ['ChangeSetService', 'SEND_CLAIM_SECONDS'],
    maxRecordsPerSync: ['ChangeSetStatusSync', 'MAX_RECORDS_PER_SYNC'],
    maxChainDepth: ['StatusSyncJob', 'MAX_CHAIN_DEPTH'],
    maxChangeSetCharacters: ['ChangeSetService', 'MAX_CHANGE_SET_CHARACTERS'],
    listPageSize: ['ResaleAuthorizationImport', 'LIST_PAGE_SIZE'],
    batchDescribeSize: ['ResaleAuthorizationImport', 'BATCH_DESCRIBE_SIZE'],
    maxEntitiesPerStep: ['ResaleAuthorizationImport', 'MAX_ENTITIES_PER_STEP'],
    staleAfterDays: ['ResaleAuthorizationImport', 'STALE_AFTER_DAYS'],
    importClaimSeconds: ['ResaleAuthorizationImport', 'IMPORT_CLAIM_SECONDS'],
    modifiedAfterMarginSeconds: ['ResaleAuthorizationImport', 'MODIFIED_AFTER_MARGIN_SECONDS'],
    eventsFallbackSeconds: ['ChangeSetStatusSync', 'EVENTS_FALLBACK_SECONDS'],
    eventsRecentDays: ['ChangeSetStatusSync', 'EVENTS_RECENT_DAYS'],
    maxFollowUpAttempts: ['ChangeSetEvents', 'MAX_FOLLOW_UP_ATTEMPTS'],
    radarMaxDays: ['ExpiryRadar', 'MAX_DAYS'],
    radarMaxRows: ['ExpiryRadar', 'MAX_ROWS'],
};

/** The value of `public static final Integer NAME = <integer>;` in a class, or null. */
function apexIntegerConstant(source: string, name: string): number | null {
    const match = new RegExp(
        `\\bstatic\\s+final\\s+Integer\\s+${name}\\s*=\\s*(\\d+)\\s*;`,
        'i',
    ).exec(source);
    return match?.[1] === undefined ? null : Number(match[1]);
}

describe('the Apex constants and the contract vectors', () => {
    const limits = (
        JSON.parse(fs.readFileSync(VECTORS_FILE, 'utf8')) as { limits: Record<string, number> }
    ).limits;

    it('covers every limit of the vectors', () => {
        expect(Object.keys(APEX_CONSTANTS).sort()).toEqual(Object.keys(limits).sort());
    });

    it.each(Object.entries(APEX_CONSTANTS))(
        '%s is the Apex constant',
        (limit, [className, name]) => {
            const source = fs.readFileSync(path.join(CLASSES_DIR, `${className}.cls`), 'utf8');
            expect(apexIntegerConstant(source, name)).toBe(limits[limit]);
        },
    );

    it('reads a constant, and finds none where there is none', () => {
        const source = 'public static final Integer CLAIM_SECONDS = 60;';
        expect(apexIntegerConstant(source, 'CLAIM_SECONDS')).toBe(60);
        expect(apexIntegerConstant(source, 'OTHER')).toBeNull();
    });
});
