import { mayBeKnownToAws } from './changesUnderWay';
import { LOCAL_DRAFT } from './status';

/** What says whether AWS may know of a resale authorization. */
export interface DeletableRecord {
    displayStatus: string;
    entityId: string | null;
    entityStatus: string | null;
    changeSetId: string | null;
    changeSetStatus: string | null;
    /** Its change rows, when known: the record view has them, a list row does not. */
    history?: readonly { status: string }[];
}

function isBlank(value: string | null | undefined): boolean {
    return !value || value.trim() === '';
}

/**
 * Whether Delete is offered: a draft saved in Salesforce only, that AWS never heard of (no
 * entity, no change set, no change row but one discarded before it was sent: a change row of
 * any other status may have reached AWS). The
 * server's deleteDraft decides; a list row carries no change rows, so a draft whose publish was
 * prepared and not answered is offered Delete there and refused by the server.
 */
export function canDelete(record: DeletableRecord): boolean {
    return (
        record.displayStatus === LOCAL_DRAFT &&
        isBlank(record.entityId) &&
        isBlank(record.entityStatus) &&
        isBlank(record.changeSetId) &&
        isBlank(record.changeSetStatus) &&
        (record.history ?? []).filter(mayBeKnownToAws).length === 0
    );
}
