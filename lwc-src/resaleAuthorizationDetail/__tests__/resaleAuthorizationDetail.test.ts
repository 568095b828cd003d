import { createElement } from 'lwc';
import RaConfirmDialog from 'c/raConfirmDialog';
import ResaleAuthorizationDetail from 'c/resaleAuthorizationDetail';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import prepareChangeSet from '@salesforce/apex/ResaleAuthorizationController.prepareChangeSet';
import sendChangeSet from '@salesforce/apex/ResaleAuthorizationController.sendChangeSet';
import deleteDraft from '@salesforce/apex/ResaleAuthorizationController.deleteDraft';
import { emptyFormState } from 'c/raDomain';
import type { ResaleAuthorizationDetail as Detail } from 'c/raDomain';
import { publish, subscribe } from 'lightning/messageService';
import { listPage, wizardPage } from 'c/raNavigation';
import { PRODUCTS, SAAS_PRODUCT, changeOf, detailOf } from '../../test/fixtures/products';
import { cleanDocument, flushPromises, mustQuery, query, queryAll } from '../../test/dom';
import { navigations, resetNavigations } from '../../test/jest-mocks/lightning/navigation';

jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.listProducts',
    () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true },
);
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
    '@salesforce/apex/ResaleAuthorizationController.deleteDraft',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock('c/raConfirmDialog', () => ({
    __esModule: true,
    CONFIRMED: 'confirm',
    default: { open: jest.fn() },
}));

const getMock = getResaleAuthorization as unknown as jest.Mock;
const prepareMock = prepareChangeSet as unknown as jest.Mock;
const sendMock = sendChangeSet as unknown as jest.Mock;
const confirmMock = RaConfirmDialog.open as jest.Mock;
const deleteMock = deleteDraft as unknown as jest.Mock;
const productsAdapter = listProducts.adapter as unknown as { emit: (value: unknown) => void };
const publishMock = publish as unknown as jest.Mock;
const subscribeMock = subscribe as unknown as jest.Mock;

const FORM = {
    ...emptyFormState(SAAS_PRODUCT.productId),
    name: 'Partner deal',
    resellerAccountId: '111122223333',
    dimensions: [{ key: 'Seats', rate: '10', quantity: '' }],
};

const ACTIVE: Detail = detailOf({
    displayStatus: 'Active',
    entityStatus: 'Active',
    entityId: 'resaleauthz-abc',
    changeSetId: 'cs-1',
    changeSetStatus: 'SUCCEEDED',
    formStateJson: JSON.stringify(FORM),
    history: [
        {
            recordId: detailOf().recordId,
            action: 'PUBLISH',
            clientRequestToken: 'token-1',
            changeSetId: 'cs-1',
            status: 'SUCCEEDED',
            errorDetails: null,
            startedAt: '2026-11-20T10:00:00.000Z',
            sentAt: '2026-11-20T10:00:01.000Z',
            finishedAt: '2026-11-20T10:01:00.000Z',
        },
    ],
});

type DetailElement = HTMLElement & { recordId?: string; hideStatus?: boolean };

async function render(detail: Detail, settings: { hideStatus?: boolean } = {}) {
    getMock.mockResolvedValue(detail);
    const element = createElement('c-resale-authorization-detail', {
        is: ResaleAuthorizationDetail,
    }) as DetailElement;
    element.recordId = detail.recordId;
    element.hideStatus = settings.hideStatus ?? false;
    document.body.appendChild(element);
    productsAdapter.emit(PRODUCTS);
    await flushPromises();
    return element;
}

afterEach(() => {
    cleanDocument();
    resetNavigations();
    jest.resetAllMocks();
});

/** The user confirms a deactivation of ACTIVE, which the server prepares and sends. */
function answerDeactivation(): void {
    confirmMock.mockResolvedValue('confirm');
    prepareMock.mockResolvedValue({
        recordId: ACTIVE.recordId,
        action: 'RESTRICT',
        clientRequestToken: 'token-2',
        entityId: 'resaleauthz-abc',
    });
    sendMock.mockResolvedValue({
        ...ACTIVE,
        changeSetStatus: 'PREPARING',
        displayStatus: 'PREPARING',
    });
}

/** What another component of the page says on the record channel. */
function recordChanged(recordId: string, sender = 'the status beside it'): void {
    const listener = subscribeMock.mock.calls[0]?.[2] as (message: unknown) => void;
    listener({ recordId, sender });
}

describe('c-resale-authorization-detail', () => {
    it('shows the terms, the status refresher and the change history', async () => {
        const element = await render(ACTIVE);
        expect(getMock).toHaveBeenCalledWith({ recordId: ACTIVE.recordId });
        const summary = mustQuery<
            HTMLElement & { form: { name: string }; product: { title: string } }
        >(element, 'c-ra-terms-summary');
        expect(summary.form.name).toBe('Partner deal');
        expect(summary.product.title).toBe(SAAS_PRODUCT.title);
        expect(
            mustQuery<HTMLElement & { recordId: string }>(element, 'c-resale-authorization-status')
                .recordId,
        ).toBe(ACTIVE.recordId);
        expect(queryAll(element, '[data-id="history"] tbody tr')).toHaveLength(1);
        // The change's action and status in words, not AWS's codes.
        expect(
            queryAll(element, '[data-id="history"] tbody tr > *')
                .slice(0, 2)
                .map((cell) => cell.textContent),
        ).toEqual(['c.RA_History_Publish', 'c.RA_ChangeSet_Succeeded']);
        expect(mustQuery(element, '[data-id="entity-id"]').textContent).toBe('resaleauthz-abc');
        await expect(element).toBeAccessible();
    });

    it('says when the record last matched AWS, and when AWS no longer has it', async () => {
        const synced = await render({ ...ACTIVE, lastSyncedAt: '2026-11-25T03:00:00.000Z' });
        expect(
            mustQuery<HTMLElement & { value: string }>(
                synced,
                '[data-id="last-synced"] lightning-formatted-date-time',
            ).value,
        ).toBe('2026-11-25T03:00:00.000Z');
        expect(queryAll(synced, '[data-id="not-found-on-aws"]')).toHaveLength(0);
        cleanDocument();

        const gone = await render({
            ...ACTIVE,
            displayStatus: 'ENTITY_NOT_FOUND',
            entityNotFound: true,
            lastSyncedAt: '2026-11-10T03:00:00.000Z',
        });
        expect(mustQuery(gone, '[data-id="not-found-on-aws"]').textContent).toContain(
            'c.RA_Detail_NotFoundOnAws',
        );
        await expect(gone).toBeAccessible();
    });

    it('says what a draft still needs before it can be published, and nothing once released', async () => {
        const draft = await render(detailOf({ formStateJson: JSON.stringify(FORM) }));
        const needs = queryAll(draft, '[data-id="publish-needs"] li').map((li) => li.textContent);
        expect(needs).toEqual(['c.RA_Validation_BuyerLegalTermsRequired']);
        await expect(draft).toBeAccessible();
        cleanDocument();
        const active = await render(ACTIVE);
        expect(query(active, '[data-id="publish-needs"]')).toBeNull();
    });

    it('opens each uploaded legal document, and finds it in the Management Portal once on AWS', async () => {
        const withDocuments = {
            ...FORM,
            buyerLegalTerms: {
                type: 'CustomEula',
                document: {
                    url: 'https://docs.s3.us-east-1.amazonaws.com/ra/EULA.pdf',
                    fileName: 'EULA.pdf',
                    mustUploadAgain: false,
                },
            },
            resellerLegalTerms: {
                type: 'CustomResellerContract',
                document: { url: '', fileName: 'Old.pdf', mustUploadAgain: true },
            },
        };
        const element = await render({ ...ACTIVE, formStateJson: JSON.stringify(withDocuments) });
        const links = queryAll<HTMLAnchorElement>(element, '[data-id="documents"] a');
        expect(links.map((a) => [a.getAttribute('href'), a.target])).toEqual([
            ['https://docs.s3.us-east-1.amazonaws.com/ra/EULA.pdf', '_blank'],
        ]);
        expect(mustQuery(element, '[data-id="portal-link"]').getAttribute('href')).toBe(
            'https://aws.amazon.com/marketplace/management/partners',
        );
        await expect(element).toBeAccessible();
        cleanDocument();
        const draft = await render(detailOf({ formStateJson: JSON.stringify(FORM) }));
        expect(query(draft, '[data-id="portal-link"]')).toBeNull();
        expect(query(draft, '[data-id="documents"]')).toBeNull();
    });

    it('names the seller account it belongs to, the default one when it names none', async () => {
        const europe = await render({
            ...ACTIVE,
            sellerAccount: 'Europe',
            sellerAccountLabel: 'Example Seller Europe',
        });
        expect(mustQuery(europe, '[data-id="seller-account"]').textContent?.trim()).toBe(
            'Example Seller Europe',
        );
        cleanDocument();
        const unnamed = await render(ACTIVE);
        expect(mustQuery(unnamed, '[data-id="seller-account"]').textContent?.trim()).toBe(
            'Default',
        );
    });

    it('shows the latest of two overlapping reloads, even when the earlier answer comes last', async () => {
        const draft = detailOf({ displayStatus: 'PREPARING', changeSetStatus: 'PREPARING' });
        const element = await render(draft);
        let answerFirst: (detail: Detail) => void = () => undefined;
        let answerSecond: (detail: Detail) => void = () => undefined;
        getMock
            .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
            .mockImplementationOnce(() => new Promise((resolve) => (answerSecond = resolve)));
        recordChanged(draft.recordId);
        recordChanged(draft.recordId);
        answerSecond({ ...ACTIVE, recordId: draft.recordId });
        await flushPromises();
        answerFirst({ ...draft, displayStatus: 'Active', entityId: null });
        await flushPromises();
        expect(mustQuery(element, '[data-id="entity-id"]').textContent).toBe(ACTIVE.entityId);
    });

    it("opens the reseller's Account and the Opportunity it names, and names none it has not", async () => {
        const element = await render({
            ...ACTIVE,
            resellerAccount: { recordId: '001000000000001AAA', name: 'Example Reseller' },
            opportunity: { recordId: '006000000000001AAA', name: 'Analytics expansion' },
        });
        const link = (id: string) =>
            mustQuery<HTMLElement & { recordId: string; objectApiName: string; label: string }>(
                element,
                `[data-id="${id}"] c-ra-record-link`,
            );
        expect(
            [link('reseller-account'), link('opportunity')].map((l) => [
                l.objectApiName,
                l.recordId,
                l.label,
            ]),
        ).toEqual([
            ['Account', '001000000000001AAA', 'Example Reseller'],
            ['Opportunity', '006000000000001AAA', 'Analytics expansion'],
        ]);
        await expect(element).toBeAccessible();
        cleanDocument();
        const typed = await render(ACTIVE);
        expect(query(typed, '[data-id="reseller-account"]')).toBeNull();
        expect(query(typed, '[data-id="opportunity"]')).toBeNull();
    });

    it('offers Deactivate for an active one and Edit for a draft', async () => {
        const active = await render(ACTIVE);
        expect(query(active, '[data-id="deactivate"]')).not.toBeNull();
        expect(query(active, '[data-id="edit"]')).toBeNull();
        cleanDocument();
        const draft = await render(detailOf({ formStateJson: JSON.stringify(FORM) }));
        expect(query(draft, '[data-id="deactivate"]')).toBeNull();
        expect(query(draft, '[data-id="edit"]')).not.toBeNull();
        expect(mustQuery(draft, '[data-id="history-empty"]').textContent).toContain(
            'c.RA_Detail_HistoryEmpty',
        );
    });

    it('deactivates after confirmation with a restrict change set', async () => {
        const element = await render(ACTIVE);
        answerDeactivation();
        mustQuery(element, '[data-id="deactivate"]').click();
        await flushPromises();
        expect(confirmMock).toHaveBeenCalledTimes(1);
        const prepared = prepareMock.mock.calls[0]?.[0];
        expect(prepared).toMatchObject({ recordId: ACTIVE.recordId, action: 'RESTRICT' });
        expect(JSON.parse(prepared.changeSetJson).ChangeSet[0].ChangeType).toBe(
            'RestrictResaleAuthorization',
        );
        expect(sendMock).toHaveBeenCalledWith({
            recordId: ACTIVE.recordId,
            clientRequestToken: 'token-2',
        });
        // The record as the send left it: its change set with AWS, nothing to deactivate.
        await flushPromises();
        expect(query(element, '[data-id="deactivate"]')).toBeNull();
    });

    it('offers Delete only for a draft AWS never heard of', async () => {
        const draft = await render(detailOf({ formStateJson: JSON.stringify(FORM) }));
        expect(query(draft, '[data-id="delete"]')).not.toBeNull();
        await expect(draft).toBeAccessible();
        cleanDocument();
        const active = await render(ACTIVE);
        expect(query(active, '[data-id="delete"]')).toBeNull();
        cleanDocument();
        // Prepared and not answered: still LOCAL_DRAFT, but AWS may have it.
        const unanswered = await render(
            detailOf({
                formStateJson: JSON.stringify(FORM),
                history: [changeOf()],
            }),
        );
        expect(query(unanswered, '[data-id="delete"]')).toBeNull();
    });

    it('deletes after confirmation and goes back to the list, or says why not', async () => {
        const element = await render(detailOf({ formStateJson: JSON.stringify(FORM) }));
        const toasts: { title: string; variant: string }[] = [];
        element.addEventListener('lightning__showtoast', (event) =>
            toasts.push((event as CustomEvent<{ title: string; variant: string }>).detail),
        );
        confirmMock.mockResolvedValueOnce('cancel');
        mustQuery(element, '[data-id="delete"]').click();
        await flushPromises();
        expect(deleteMock).not.toHaveBeenCalled();

        confirmMock.mockResolvedValueOnce('confirm');
        deleteMock.mockRejectedValueOnce({ body: { message: 'Sent to AWS' } });
        mustQuery(element, '[data-id="delete"]').click();
        await flushPromises();
        expect(navigations()).toEqual([]);
        expect(getMock).toHaveBeenCalledTimes(2);
        expect(toasts.pop()).toEqual(
            expect.objectContaining({ title: 'c.RA_Action_Failed', variant: 'error' }),
        );

        confirmMock.mockResolvedValueOnce('confirm');
        deleteMock.mockResolvedValueOnce(null);
        mustQuery(element, '[data-id="delete"]').click();
        await flushPromises();
        expect(deleteMock).toHaveBeenLastCalledWith({ recordId: detailOf().recordId });
        expect(toasts).toEqual([
            expect.objectContaining({ title: 'c.RA_Delete_Done', variant: 'success' }),
        ]);
        // The list takes the deleted record's place in the history: Back does not return to it.
        expect(navigations()).toEqual([{ page: listPage(), replace: true }]);
    });

    it('opens the wizard at its address for Clone and Edit, and the list for Back', async () => {
        const element = await render(detailOf({ formStateJson: JSON.stringify(FORM) }));
        mustQuery(element, '[data-id="clone"]').click();
        mustQuery(element, '[data-id="edit"]').click();
        mustQuery(element, '[data-id="back"]').click();
        expect(navigations()).toEqual([
            { page: wizardPage('clone', ACTIVE.recordId), replace: false },
            { page: wizardPage('edit', ACTIVE.recordId), replace: false },
            { page: listPage(), replace: false },
        ]);
    });

    it('on the record page beside the status, shows no status of its own', async () => {
        const element = await render(ACTIVE, { hideStatus: true });
        expect(query(element, 'c-resale-authorization-status')).toBeNull();
        expect(query(element, 'c-ra-terms-summary')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('reads the record again when another component of the page says it changed', async () => {
        await render(ACTIVE, { hideStatus: true });
        expect(getMock).toHaveBeenCalledTimes(1);
        recordChanged('a01000000000999AAA');
        await flushPromises();
        expect(getMock).toHaveBeenCalledTimes(1);
        recordChanged(ACTIVE.recordId);
        await flushPromises();
        expect(getMock).toHaveBeenCalledTimes(2);
    });

    it('says on the record channel that it deactivated the record', async () => {
        const element = await render(ACTIVE, { hideStatus: true });
        answerDeactivation();
        mustQuery(element, '[data-id="deactivate"]').click();
        await flushPromises();
        expect(publishMock).toHaveBeenCalledTimes(1);
        const [, , message] = publishMock.mock.calls[0] as [
            unknown,
            unknown,
            { recordId: string; sender: string },
        ];
        expect(message.recordId).toBe(ACTIVE.recordId);
        // Its own news does not make it read the record again.
        recordChanged(ACTIVE.recordId, message.sender);
        await flushPromises();
        expect(getMock).toHaveBeenCalledTimes(1);
    });

    it('shows another record when the page gives it another one', async () => {
        const element = await render(ACTIVE);
        const other = detailOf({
            recordId: 'a01000000000002AAA',
            name: 'Another deal',
            formStateJson: JSON.stringify(FORM),
        });
        getMock.mockResolvedValue(other);
        (element as DetailElement).recordId = other.recordId;
        await flushPromises();
        expect(getMock).toHaveBeenLastCalledWith({ recordId: other.recordId });
        expect(
            (mustQuery(element, 'lightning-card') as HTMLElement & { title: string }).title,
        ).toBe('Another deal');
    });

    it('says when it cannot be loaded', async () => {
        getMock.mockRejectedValue({ body: { message: 'Deleted' } });
        const element = createElement('c-resale-authorization-detail', {
            is: ResaleAuthorizationDetail,
        }) as HTMLElement & { recordId?: string };
        element.recordId = 'a01000000000009AAA';
        document.body.appendChild(element);
        await flushPromises();
        expect(mustQuery(element, '[data-id="load-error"]').textContent).toContain(
            'c.RA_Wizard_LoadFailed',
        );
        await expect(element).toBeAccessible();
    });
});
