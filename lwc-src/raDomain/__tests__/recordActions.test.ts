import { canDelete } from 'c/raDomain';
import type { ResaleAuthorizationDetail } from 'c/raDomain';
import { detailOf } from '../../test/fixtures/products';

describe('canDelete', () => {
    it('offers Delete on a draft saved in Salesforce only, row or record view', () => {
        const row: Omit<ResaleAuthorizationDetail, 'history'> & Partial<ResaleAuthorizationDetail> =
            detailOf();
        delete row.history;
        expect(canDelete(row)).toBe(true);
        expect(canDelete(detailOf())).toBe(true);
    });

    it('does not offer it once anything was sent to AWS, or may have been', () => {
        const pending = {
            recordId: detailOf().recordId,
            action: 'PUBLISH' as const,
            clientRequestToken: 'token-1',
            changeSetId: null,
            status: 'PENDING',
            errorDetails: null,
            startedAt: '2026-11-20T10:00:00.000Z',
            finishedAt: null,
        };
        expect(canDelete(detailOf({ history: [pending] }))).toBe(false);
        expect(canDelete(detailOf({ history: [{ ...pending, status: 'FAILED' }] }))).toBe(false);
        expect(canDelete(detailOf({ displayStatus: 'FAILED', changeSetStatus: 'FAILED' }))).toBe(
            false,
        );
        expect(canDelete(detailOf({ changeSetId: 'cs-1' }))).toBe(false);
        expect(canDelete(detailOf({ entityId: 'resaleauthz-1' }))).toBe(false);
        expect(canDelete(detailOf({ displayStatus: 'Draft', entityStatus: 'Draft' }))).toBe(false);
    });
});
