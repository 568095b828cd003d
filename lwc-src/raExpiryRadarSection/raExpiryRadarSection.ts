import { LightningElement, api } from 'lwc';

/**
 * One list of the expiry radar: its heading, what it holds, its rows in a table (names that link
 * to the record, row actions handed up as `rowaction`), or the empty state; and a line when more
 * rows matched than it shows.
 */
export default class RaExpiryRadarSection extends LightningElement {
    @api heading = '';
    @api help = '';
    @api rows: Record<string, unknown>[] = [];
    @api columns: Record<string, unknown>[] = [];
    @api emptyText = '';
    /** Said under the table when more rows matched than it shows; empty otherwise. */
    @api moreText = '';

    get hasRows(): boolean {
        return (this.rows ?? []).length > 0;
    }

    handleRowAction(event: CustomEvent<{ action: unknown; row: unknown }>): void {
        event.stopPropagation();
        this.dispatchEvent(
            new CustomEvent('rowaction', {
                detail: { action: event.detail.action, row: event.detail.row },
            }),
        );
    }
}
