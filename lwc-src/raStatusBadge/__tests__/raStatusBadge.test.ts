import { createElement } from 'lwc';
import RaStatusBadge from 'c/raStatusBadge';

function render(status: string | undefined): HTMLElement & { status?: string } {
    const element = createElement('c-ra-status-badge', { is: RaStatusBadge }) as HTMLElement & {
        status?: string;
    };
    element.status = status;
    document.body.appendChild(element);
    return element;
}

function badge(element: HTMLElement): HTMLElement & { label?: string } {
    const found = element.shadowRoot?.querySelector('lightning-badge');
    if (!found) {
        throw new Error('no lightning-badge rendered');
    }
    return found as HTMLElement & { label?: string };
}

describe('c-ra-status-badge', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it.each([
        ['LOCAL_DRAFT', 'c.RA_Status_LocalDraft', ''],
        ['Draft', 'c.RA_Status_Draft', 'slds-badge_lightest'],
        ['Active', 'c.RA_Status_Active', 'slds-theme_success'],
        ['Restricted', 'c.RA_Status_Restricted', 'slds-badge_inverse'],
        ['Expired', 'c.RA_Status_Expired', ''],
        ['Used', 'c.RA_Status_Used', ''],
        ['ENTITY_NOT_FOUND', 'c.RA_Status_NotFound', 'slds-theme_error'],
        ['PREPARING', 'c.RA_Status_Preparing', 'slds-theme_warning'],
        ['APPLYING', 'c.RA_Status_Applying', 'slds-theme_warning'],
        ['FAILED', 'c.RA_Status_Failed', 'slds-theme_error'],
        ['CANCELLED', 'c.RA_Status_Cancelled', ''],
    ])('shows %s with its label and theme', async (status, label, themeClass) => {
        const element = render(status);
        await Promise.resolve();
        const rendered = badge(element);
        expect(rendered.label).toBe(label);
        expect(rendered.className).toBe(themeClass);
        await expect(element).toBeAccessible();
    });

    it('shows an unknown status as it is, with the neutral look', async () => {
        const element = render('SOMETHING_NEW');
        await Promise.resolve();
        expect(badge(element).label).toBe('SOMETHING_NEW');
        expect(badge(element).className).toBe('');
    });

    it('says the status is unknown when there is none', async () => {
        const element = render(undefined);
        await Promise.resolve();
        expect(badge(element).label).toBe('c.RA_Status_Unknown');
    });

    it('updates when the status changes', async () => {
        const element = render('PREPARING');
        await Promise.resolve();
        element.status = 'Active';
        await Promise.resolve();
        expect(badge(element).label).toBe('c.RA_Status_Active');
        expect(badge(element).className).toBe('slds-theme_success');
    });

    it('gives screen readers the context of the badge', async () => {
        const element = render('Active');
        await Promise.resolve();
        const assistive = element.shadowRoot?.querySelector('.slds-assistive-text');
        expect(assistive?.textContent).toBe('c.RA_Status_AssistivePrefix');
        await expect(element).toBeAccessible();
    });
});
