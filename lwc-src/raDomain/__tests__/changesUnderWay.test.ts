import { unansweredChange } from '../changesUnderWay';
import type { ChangeHistoryEntry } from '../apexContract';

function entry(overrides: Partial<ChangeHistoryEntry>): ChangeHistoryEntry {
    return {
        recordId: 'a02',
        action: 'PUBLISH',
        clientRequestToken: 'token-1',
        changeSetId: null,
        status: 'PENDING',
        errorDetails: null,
        startedAt: '2026-11-25T10:00:00.000Z',
        sentAt: null,
        finishedAt: null,
        ...overrides,
    };
}

describe('unansweredChange', () => {
    it('finds the change prepared and not answered by AWS', () => {
        const pending = entry({ action: 'RESTRICT' });
        expect(
            unansweredChange({
                history: [pending, entry({ changeSetId: 'cs-1', status: 'SUCCEEDED' })],
            }),
        ).toBe(pending);
    });

    it('ignores changes AWS answered, failed ones, and records without history', () => {
        expect(
            unansweredChange({
                history: [
                    entry({ changeSetId: 'cs-2', status: 'PREPARING' }),
                    entry({ status: 'FAILED' }),
                ],
            }),
        ).toBeNull();
        expect(unansweredChange({ history: [] })).toBeNull();
        expect(unansweredChange(null)).toBeNull();
    });
});
