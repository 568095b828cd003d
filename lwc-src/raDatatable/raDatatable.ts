import LightningDatatable from 'lightning/datatable';
import { api } from 'lwc';
import statusBadgeTemplate from './statusBadge.html';
import recordLinkTemplate from './recordLink.html';

/** The datatable's vertical scroller (lightning-datatable's own, in its template). */
const SCROLLER = '.slds-scrollable_y';

/**
 * `lightning-datatable` with two column types: `statusBadge` shows `c-ra-status-badge`;
 * `recordLink` shows the cell's text as a link to the record page of `typeAttributes.recordId`.
 * It also keeps how far its rows were last scrolled, also once off screen, and scrolls back
 * there on request: the list's place on Back.
 */
export default class RaDatatable extends LightningDatatable {
    static customTypes = {
        statusBadge: { template: statusBadgeTemplate, standardCellLayout: true },
        recordLink: {
            template: recordLinkTemplate,
            standardCellLayout: true,
            typeAttributes: ['recordId'],
        },
    };

    private lastScrollTop = 0;
    /** A scroll position asked for before the rows were there to reach it. */
    private pendingScrollTop: number | null = null;
    private watchedScroller: HTMLElement | null = null;

    private readonly handleScroll = (event: Event): void => {
        // While a position waits for its rows, only the user scrolls: the user takes over.
        this.pendingScrollTop = null;
        this.lastScrollTop = (event.currentTarget as HTMLElement).scrollTop;
    };

    renderedCallback(): void {
        super.renderedCallback?.();
        // Scroll events do not bubble: listened to on the scroller itself, whichever it is now.
        const scroller = this.scroller();
        if (scroller !== this.watchedScroller) {
            this.watchedScroller?.removeEventListener('scroll', this.handleScroll);
            scroller?.addEventListener('scroll', this.handleScroll, { passive: true });
            this.watchedScroller = scroller;
        }
        this.applyPendingScroll();
    }

    /** Pixels the rows were last scrolled down. */
    @api
    scrollPosition(): number {
        return this.lastScrollTop;
    }

    /** Scrolls the rows to `top` pixels, now or once the rows rendered reach that far. */
    @api
    scrollToPosition(top: number): void {
        this.pendingScrollTop = top;
        this.applyPendingScroll();
    }

    private applyPendingScroll(): void {
        const scroller = this.scroller();
        const top = this.pendingScrollTop;
        if (!scroller || top === null || scroller.scrollHeight - scroller.clientHeight < top) {
            return;
        }
        this.pendingScrollTop = null;
        scroller.scrollTop = top;
        this.lastScrollTop = scroller.scrollTop;
    }

    private scroller(): HTMLElement | null {
        return this.template?.querySelector<HTMLElement>(SCROLLER) ?? null;
    }
}
