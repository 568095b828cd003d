/** The expiry radar's answers, as the server gives them, for the component tests. */
import { createElement } from 'lwc';
import type { LightningElement } from 'lwc';
import { addDays } from 'c/raDomain';
import type { ExpiryRadarRow, ExpiryRadarView } from 'c/raDomain';
import { flushPromises, mustQuery } from '../../test/dom';
import { detailOf } from '../../test/fixtures/products';

export const RADAR_TODAY = '2026-12-01';

export function radarRow(
    index: number,
    daysLeft: number | null,
    overrides: Partial<ExpiryRadarRow> = {},
): ExpiryRadarRow {
    const { recordId, name, productId, productTitle, resellerAccountId, lastModifiedDate } =
        detailOf();
    return {
        recordId: `${recordId.slice(0, 15)}${String(index).padStart(3, '0')}`,
        name: `${name} ${index}`,
        productId,
        productTitle,
        resellerAccountId,
        displayStatus: 'Active',
        entityStatus: 'Active',
        entityId: `resaleauthz-${index}`,
        changeSetId: 'cs-1',
        changeSetStatus: 'SUCCEEDED',
        expiryDate: daysLeft === null ? null : addDays(RADAR_TODAY, daysLeft),
        lastModifiedDate,
        daysLeft,
        lastModifiedOnAws: '2026-10-01T09:00:00.000Z',
        ...overrides,
    };
}

export function radarView(overrides: Partial<ExpiryRadarView> = {}): ExpiryRadarView {
    return {
        today: RADAR_TODAY,
        days: 30,
        noticeDays: 30,
        maxRows: 200,
        expiring: [radarRow(1, 0), radarRow(2, 1), radarRow(3, 12)],
        recentlyUsed: [
            radarRow(4, 200, {
                displayStatus: 'Used',
                lastModifiedOnAws: '2026-11-28T15:00:00.000Z',
            }),
        ],
        moreExpiring: false,
        moreRecentlyUsed: false,
        ...overrides,
    };
}

/** Something in one of the radar's lists (`expiring` or `used`), inside that list's component. */
export function inList<T extends HTMLElement = HTMLElement>(
    element: HTMLElement,
    list: 'expiring' | 'used',
    selector: string,
): T | null {
    const section = element.shadowRoot?.querySelector(`[data-id="${list}"]`);
    return section?.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** The texts of one column of a table's rows, by field name. */
export function columnTexts(table: { data: Record<string, unknown>[] }, fieldName: string) {
    return table.data.map((row) => row[fieldName]);
}

/**
 * The words a user reads on the radar (days left of rows 0, 1 and 12 days from their expiry, the
 * first two windows, the title), its answer given through `emit`; checked for accessibility.
 */
export async function wordsOf(
    component: typeof LightningElement,
    emit: (view: ExpiryRadarView) => void,
): Promise<{ daysLeft: unknown[]; windows: string[]; title: string }> {
    const element = createElement('c-ra-expiry-radar', { is: component });
    document.body.appendChild(element);
    emit(radarView({ expiring: [radarRow(1, 0), radarRow(2, 1), radarRow(3, 12)] }));
    await flushPromises();
    await expect(element).toBeAccessible();
    return {
        daysLeft: columnTexts(
            inList<HTMLElement & { data: Record<string, unknown>[] }>(
                element,
                'expiring',
                'c-ra-datatable',
            ) ?? { data: [] },
            'daysLeftText',
        ),
        windows: mustQuery<HTMLElement & { options: { label: string }[] }>(
            element,
            '[data-id="window"]',
        )
            .options.map((option) => option.label)
            .slice(0, 2),
        title: mustQuery<HTMLElement & { title: string }>(element, 'lightning-card').title,
    };
}
