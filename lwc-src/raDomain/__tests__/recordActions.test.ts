import { allowedActions, allows } from 'c/raDomain';
import type { ResaleAuthorizationDetail } from 'c/raDomain';
import { changeOf, detailOf } from '../../test/fixtures/products';

describe('allowedActions', () => {
    it('offers Delete on a draft saved in Salesforce only, row or record view', () => {
        const row: Omit<ResaleAuthorizationDetail, 'history'> & Partial<ResaleAuthorizationDetail> =
            detailOf();
        delete row.history;
        expect(allowedActions(row)).toEqual(['edit', 'publish', 'clone', 'delete']);
        expect(allows(detailOf(), 'delete')).toBe(true);
    });

    it('does not offer Delete once anything was sent to AWS, or may have been', () => {
        expect(allows(detailOf({ history: [changeOf()] }), 'delete')).toBe(false);
        expect(allows(detailOf({ history: [changeOf({ status: 'FAILED' })] }), 'delete')).toBe(
            false,
        );
        expect(allows(detailOf({ changeSetId: 'cs-1', changeSetStatus: 'FAILED' }), 'delete')).toBe(
            false,
        );
        expect(allows(detailOf({ entityId: 'resaleauthz-1' }), 'delete')).toBe(false);
        expect(allows(detailOf({ entityStatus: 'Draft' }), 'delete')).toBe(false);
    });

    it('offers Send again for a change AWS has not answered, nothing to edit while AWS works', () => {
        expect(allowedActions(detailOf({ history: [changeOf()] }))).toContain('sendAgain');
        expect(
            allowedActions(
                detailOf({
                    changeSetId: 'cs-1',
                    changeSetStatus: 'APPLYING',
                    history: [changeOf({ changeSetId: 'cs-1', status: 'APPLYING' })],
                }),
            ),
        ).toEqual(['clone', 'refresh']);
    });

    it('deactivates what is Active, and edits nothing released', () => {
        const active = detailOf({
            entityId: 'resaleauthz-1',
            entityStatus: 'Active',
            changeSetId: 'cs-1',
            changeSetStatus: 'SUCCEEDED',
        });
        expect(allowedActions(active)).toEqual(['clone', 'deactivate', 'refresh']);
        expect(allowedActions({ ...active, entityStatus: 'Restricted' })).toEqual([
            'clone',
            'refresh',
        ]);
    });
});
