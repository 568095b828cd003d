import { canDelete } from 'c/raDomain';
import type { ResaleAuthorizationDetail } from 'c/raDomain';
import { changeOf, detailOf } from '../../test/fixtures/products';

describe('canDelete', () => {
    it('offers Delete on a draft saved in Salesforce only, row or record view', () => {
        const row: Omit<ResaleAuthorizationDetail, 'history'> & Partial<ResaleAuthorizationDetail> =
            detailOf();
        delete row.history;
        expect(canDelete(row)).toBe(true);
        expect(canDelete(detailOf())).toBe(true);
    });

    it('does not offer it once anything was sent to AWS, or may have been', () => {
        expect(canDelete(detailOf({ history: [changeOf()] }))).toBe(false);
        expect(canDelete(detailOf({ history: [changeOf({ status: 'FAILED' })] }))).toBe(false);
        expect(canDelete(detailOf({ displayStatus: 'FAILED', changeSetStatus: 'FAILED' }))).toBe(
            false,
        );
        expect(canDelete(detailOf({ changeSetId: 'cs-1' }))).toBe(false);
        expect(canDelete(detailOf({ entityId: 'resaleauthz-1' }))).toBe(false);
        expect(canDelete(detailOf({ displayStatus: 'Draft', entityStatus: 'Draft' }))).toBe(false);
    });
});
