import { createElement } from 'lwc';
import RaConfirmDialog from 'c/raConfirmDialog';
import RaUnansweredChange from 'c/raUnansweredChange';
import prepareChangeSet from '@salesforce/apex/ResaleAuthorizationController.prepareChangeSet';
import claimSend from '@salesforce/apex/ResaleAuthorizationController.claimSend';
import discardChange from '@salesforce/apex/ResaleAuthorizationController.discardChange';
import sendChangeSet from '@salesforce/apex/ResaleAuthorizationController.sendChangeSet';
import type { ResaleAuthorizationDetail } from 'c/raDomain';
import { detailOf } from '../../test/fixtures/products';
import { cleanDocument, flushPromises, mustQuery, query } from '../../test/dom';

jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.prepareChangeSet',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.sendChangeSet',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.claimSend',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.discardChange',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock('c/raConfirmDialog', () => ({
    __esModule: true,
    CONFIRMED: 'confirm',
    default: { open: jest.fn() },
}));
jest.mock(
    '@salesforce/label/c.RA_NotSent_Message',
    () => ({ default: '{0}: prepared, never sent.' }),
    { virtual: true },
);

jest.mock(
    '@salesforce/label/c.RA_Unanswered_Message',
    () => ({ default: '{0}: not answered by AWS yet.' }),
    { virtual: true },
);

const prepareMock = prepareChangeSet as unknown as jest.Mock;
const sendMock = sendChangeSet as unknown as jest.Mock;
const claimMock = claimSend as unknown as jest.Mock;
const discardMock = discardChange as unknown as jest.Mock;
const confirmMock = RaConfirmDialog.open as unknown as jest.Mock;

/** A publish prepared and never sent: the page was left before its send. */
function neverSent(): ResaleAuthorizationDetail {
    const detail = unanswered();
    return { ...detail, history: detail.history.map((entry) => ({ ...entry, sentAt: null })) };
}

/** A publish prepared, whose StartChangeSet got no answer. */
function unanswered(): ResaleAuthorizationDetail {
    return detailOf({
        history: [
            {
                recordId: 'a01000000000001AAA',
                action: 'PUBLISH',
                clientRequestToken: 'token-frozen',
                changeSetId: null,
                status: 'PENDING',
                errorDetails: '{"message":"AWS did not answer in time."}',
                startedAt: '2026-11-25T10:00:00.000Z',
                sentAt: '2026-11-25T10:00:01.000Z',
                finishedAt: null,
            },
        ],
    });
}

async function render(detail: ResaleAuthorizationDetail) {
    const element = createElement('c-ra-unanswered-change', { is: RaUnansweredChange });
    element.detail = detail;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

afterEach(() => {
    cleanDocument();
    jest.resetAllMocks();
});

describe('c-ra-unanswered-change', () => {
    it('says the change has no answer and sends the same change again', async () => {
        prepareMock.mockResolvedValue({
            recordId: unanswered().recordId,
            action: 'PUBLISH',
            clientRequestToken: 'token-frozen',
            entityId: null,
        });
        const sent = detailOf({ changeSetId: 'cs-1', changeSetStatus: 'PREPARING' });
        sendMock.mockResolvedValue(sent);
        const element = await render(unanswered());
        const events: unknown[] = [];
        element.addEventListener('sent', (event) => events.push((event as CustomEvent).detail));

        expect(mustQuery(element, '[data-id="unanswered-message"]').textContent).toBe(
            'c.RA_History_Publish: not answered by AWS yet.',
        );
        await expect(element).toBeAccessible();
        mustQuery<HTMLElement>(element, '[data-id="send-again"]').click();
        await flushPromises();

        expect(prepareMock).toHaveBeenCalledWith({
            recordId: unanswered().recordId,
            action: 'PUBLISH',
            changeSetJson: '',
        });
        expect(query(element, '[data-id="discard"]')).toBeNull();
        expect(claimMock).toHaveBeenCalledWith({
            recordId: unanswered().recordId,
            clientRequestToken: 'token-frozen',
        });
        expect(claimMock.mock.invocationCallOrder[0]).toBeLessThan(
            sendMock.mock.invocationCallOrder[0] ?? 0,
        );
        expect(sendMock).toHaveBeenCalledWith({
            recordId: unanswered().recordId,
            clientRequestToken: 'token-frozen',
        });
        expect(events).toEqual([sent]);
    });

    it('says a change never sent made nothing on AWS, and discards it once confirmed', async () => {
        const discarded = detailOf({ history: [] });
        discardMock.mockResolvedValue(discarded);
        const element = await render(neverSent());
        const events: unknown[] = [];
        element.addEventListener('discarded', (event) =>
            events.push((event as CustomEvent).detail),
        );
        expect(mustQuery(element, '[data-id="unanswered-message"]').textContent).toBe(
            'c.RA_History_Publish: prepared, never sent.',
        );
        expect(
            mustQuery<HTMLElement & { label: string }>(element, '[data-id="send-again"]').label,
        ).toBe('c.RA_NotSent_Send');
        await expect(element).toBeAccessible();

        confirmMock.mockResolvedValueOnce('cancel');
        mustQuery<HTMLElement>(element, '[data-id="discard"]').click();
        await flushPromises();
        expect(discardMock).not.toHaveBeenCalled();

        confirmMock.mockResolvedValueOnce('confirm');
        mustQuery<HTMLElement>(element, '[data-id="discard"]').click();
        await flushPromises();
        expect(confirmMock).toHaveBeenLastCalledWith(
            expect.objectContaining({
                label: 'c.RA_Discard_Title',
                confirmLabel: 'c.RA_Discard_Action',
                destructive: true,
            }),
        );
        expect(discardMock).toHaveBeenCalledWith({
            recordId: neverSent().recordId,
            clientRequestToken: 'token-frozen',
        });
        expect(events).toEqual([discarded]);
        expect(sendMock).not.toHaveBeenCalled();
    });

    it('shows why a discard was refused', async () => {
        discardMock.mockRejectedValue({ body: { message: 'It may already be with AWS.' } });
        confirmMock.mockResolvedValue('confirm');
        const element = await render(neverSent());
        mustQuery<HTMLElement>(element, '[data-id="discard"]').click();
        await flushPromises();
        expect(mustQuery(element, '[data-id="send-error"]').textContent).toContain(
            'may already be with AWS',
        );
    });

    it('shows why a send again failed', async () => {
        prepareMock.mockRejectedValue({
            body: { message: 'This change is being sent right now.' },
        });
        const element = await render(unanswered());
        mustQuery<HTMLElement>(element, '[data-id="send-again"]').click();
        await flushPromises();
        expect(mustQuery(element, '[data-id="send-error"]').textContent).toContain(
            'being sent right now',
        );
        expect(sendMock).not.toHaveBeenCalled();
    });

    it('shows nothing when every change has its answer', async () => {
        const element = await render(
            detailOf({ changeSetId: 'cs-1', changeSetStatus: 'SUCCEEDED' }),
        );
        expect(query(element, '[data-id="unanswered"]')).toBeNull();
    });
});
