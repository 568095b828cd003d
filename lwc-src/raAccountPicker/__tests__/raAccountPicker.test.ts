import { createElement } from 'lwc';
import RaAccountPicker from 'c/raAccountPicker';
import getAwsAccount from '@salesforce/apex/ResaleAuthorizationController.getAwsAccount';
import { cleanDocument, flushPromises, mustQuery, query } from '../../test/dom';

jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.getAwsAccount',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/label/c.RA_Picker_NoAwsAccountId',
    () => ({ default: 'This Account has no AWS account ID.' }),
    { virtual: true },
);

const getAwsAccountMock = getAwsAccount as unknown as jest.Mock;
const NORTHWIND = {
    recordId: '001000000000002AAA',
    name: 'Northwind Traders',
    awsAccountId: '222233334444',
};

type PickerElement = HTMLElement & {
    objectApiName: string;
    filter: unknown;
    displayInfo: unknown;
    matchingInfo: unknown;
    label: string;
    clearSelection: () => void;
};

async function render(props: Record<string, unknown> = {}) {
    const element = createElement('c-ra-account-picker', { is: RaAccountPicker });
    Object.assign(element, { label: 'Reseller Account', ...props });
    const picks: unknown[] = [];
    element.addEventListener('accountpick', (event: Event) =>
        picks.push((event as CustomEvent).detail),
    );
    document.body.appendChild(element);
    await flushPromises();
    const picker = mustQuery<PickerElement>(element, '[data-id="account-picker"]');
    return { element, picker, picks };
}

async function pick(picker: HTMLElement, recordId: string | null): Promise<void> {
    picker.dispatchEvent(new CustomEvent('change', { detail: { recordId } }));
    await flushPromises();
}

afterEach(() => {
    cleanDocument();
    jest.resetAllMocks();
});

describe('c-ra-account-picker', () => {
    it('searches only the Accounts that carry an AWS account id, showing and matching that id', async () => {
        const { element, picker } = await render();
        expect(picker.objectApiName).toBe('Account');
        expect(picker.label).toBe('Reseller Account');
        expect(picker.filter).toEqual({
            criteria: [{ fieldPath: 'AWS_Account_Id__c', operator: 'ne', value: null }],
        });
        expect(picker.displayInfo).toEqual({ additionalFields: ['AWS_Account_Id__c'] });
        expect(picker.matchingInfo).toEqual({
            primaryField: { fieldPath: 'Name' },
            additionalFields: [{ fieldPath: 'AWS_Account_Id__c' }],
        });
        await expect(element).toBeAccessible();
    });

    it('tells the AWS account id of the Account picked, as the server has it', async () => {
        getAwsAccountMock.mockResolvedValue(NORTHWIND);
        const { picker, picks } = await render();
        await pick(picker, NORTHWIND.recordId);
        expect(getAwsAccountMock).toHaveBeenCalledWith({ recordId: NORTHWIND.recordId });
        expect(picks).toEqual([NORTHWIND]);
    });

    it('tells when the selection is cleared', async () => {
        const { picker, picks } = await render({ value: NORTHWIND.recordId });
        await pick(picker, null);
        expect(picks).toEqual([null]);
        expect(getAwsAccountMock).not.toHaveBeenCalled();
    });

    it('says so when the Account has no AWS account id, and tells nothing', async () => {
        getAwsAccountMock.mockResolvedValue({ ...NORTHWIND, awsAccountId: null });
        const { element, picker, picks } = await render();
        await pick(picker, NORTHWIND.recordId);
        expect(picks).toEqual([]);
        expect(mustQuery(element, '[data-id="account-picker-error"]').textContent).toContain(
            'This Account has no AWS account ID.',
        );
        await expect(element).toBeAccessible();
    });

    it('shows the server’s refusal', async () => {
        getAwsAccountMock.mockRejectedValue({ body: { message: 'You cannot see it.' } });
        const { element, picker, picks } = await render();
        await pick(picker, NORTHWIND.recordId);
        expect(picks).toEqual([]);
        expect(mustQuery(element, '[data-id="account-picker-error"]').textContent).toContain(
            'You cannot see it.',
        );
    });

    it('keeps only the latest of two quick picks', async () => {
        let answerFirst: (value: unknown) => void = () => undefined;
        getAwsAccountMock
            .mockReturnValueOnce(
                new Promise((resolve) => {
                    answerFirst = resolve;
                }),
            )
            .mockResolvedValueOnce(NORTHWIND);
        const { picker, picks } = await render();
        await pick(picker, '001000000000001AAA');
        await pick(picker, NORTHWIND.recordId);
        answerFirst({ recordId: '001000000000001AAA', name: 'Old', awsAccountId: '111122223333' });
        await flushPromises();
        expect(picks).toEqual([NORTHWIND]);
    });

    it('empties itself after each pick when asked to, for the next buyer', async () => {
        getAwsAccountMock.mockResolvedValue(NORTHWIND);
        const { element, picker, picks } = await render({ clearOnPick: true });
        const cleared = jest.fn();
        picker.clearSelection = cleared;
        await pick(picker, NORTHWIND.recordId);
        expect(picks).toEqual([NORTHWIND]);
        expect(cleared).toHaveBeenCalled();
        expect(query(element, '[data-id="account-picker-error"]')).toBeNull();
    });
});
