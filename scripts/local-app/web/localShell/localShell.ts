import { LightningElement, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin } from 'lightning/navigation';
import { subscribe } from '../localEmpApi/localEmpApi';
import { SHOW_TOAST_EVENT } from '../localToastEvent/localToastEvent';
import type { ToastDetail } from '../localToastEvent/localToastEvent';
// A type only: the server's code stays out of the page.
import type { ShownNotification } from '../../server';
import {
    LIST_TAB,
    RADAR_TAB,
    RESALE_AUTHORIZATION_OBJECT,
    WIZARD_COMPONENT,
    isPlainClick,
    listPage,
    radarPage,
} from 'c/raNavigation';
import type { PageReference } from 'c/raNavigation';

/** What the local server puts in the page for the shell (see `server.ts`). */
interface PageConfig {
    language: 'en' | 'fr';
    appLabel: string;
    labels: Record<string, string>;
    backend: string;
}

/** The server-sent channel that says a notification arrived (NOTIFICATIONS_CHANNEL). */
const NOTIFICATIONS_CHANNEL = '/local/notifications';

interface Toast extends ToastDetail {
    id: number;
    cssClass: string;
    iconName: string;
}

/** The shell's own words: they exist only in the local app, not in the org. */
const SHELL_TEXT = {
    en: {
        language: 'Language',
        close: 'Close',
        appLauncher: 'App Launcher',
        backend: 'Backend',
        notifications: 'Notifications',
        unread: '{0} unread',
        noNotifications: 'No notifications yet.',
        notFound: 'There is no such page in this app.',
    },
    fr: {
        language: 'Langue',
        close: 'Fermer',
        appLauncher: 'Lanceur d’application',
        backend: 'Service',
        notifications: 'Notifications',
        unread: '{0} non lue(s)',
        noNotifications: 'Aucune notification pour le moment.',
        notFound: 'Cette page n’existe pas dans cette application.',
    },
} as const;

type PageKind = 'list' | 'radar' | 'record' | 'wizard' | 'notFound' | 'unknownYet';

/**
 * The app's tabs, in the order of the app's navigation bar (`applications/`), each with the
 * Custom Label of its name, its page and the page kind it shows.
 */
const TABS = [
    { apiName: LIST_TAB, labelName: 'RA_List_Title', page: listPage, kind: 'list', dataId: 'tab' },
    {
        apiName: RADAR_TAB,
        labelName: 'RA_Radar_Title',
        page: radarPage,
        kind: 'radar',
        dataId: 'radar-tab',
    },
] as const;

function kindOf(page: PageReference | null | undefined): PageKind {
    if (page === undefined) {
        return 'unknownYet';
    }
    const attributes = page?.attributes ?? {};
    const tab = TABS.find((candidate) => candidate.apiName === attributes.apiName);
    if (page?.type === 'standard__navItemPage' && tab) {
        return tab.kind;
    }
    if (
        page?.type === 'standard__recordPage' &&
        attributes.actionName === 'view' &&
        (attributes.objectApiName ?? RESALE_AUTHORIZATION_OBJECT) === RESALE_AUTHORIZATION_OBJECT
    ) {
        return 'record';
    }
    if (page?.type === 'standard__component' && attributes.componentName === WIZARD_COMPONENT) {
        return 'wizard';
    }
    return 'notFound';
}

const TOAST_ICONS: Record<string, string> = {
    success: 'utility:success',
    warning: 'utility:warning',
    error: 'utility:error',
    info: 'utility:info',
};

/** How long a dismissible toast stays, as in Lightning Experience. */
const TOAST_DURATION_MS = { short: 4800, long: 9600 };

function pageConfig(): PageConfig {
    const config = (globalThis as { LOCAL_APP?: PageConfig }).LOCAL_APP;
    return config ?? { language: 'en', appLabel: '', labels: {}, backend: '' };
}

/**
 * The page around the app, as Lightning Experience draws it: global header, app name and
 * navigation bar, toasts, and a language switch that reloads the page in the other language.
 * The page shown is the one of the address (`lightning/navigation`): the tab's list at
 * `/lightning/n/Resale_Authorizations`, the expiry radar's tab at
 * `/lightning/n/Expiring_Resale_Authorizations`, a record page at
 * `/lightning/r/Resale_Authorization__c/<id>/view` (the components the Lightning record page
 * hosts: the status, then the record view), the wizard at
 * `/lightning/cmp/c__resaleAuthorizationWizardPage?c__mode=...`.
 */
export default class LocalShell extends NavigationMixin(LightningElement) {
    readonly config = pageConfig();
    readonly text = SHELL_TEXT[this.config.language];
    /** Each tab's URL, by its API name, from `GenerateUrl`. */
    tabUrls: Record<string, string> = {};
    toasts: Toast[] = [];
    /** The bell: the user's custom notifications, newest first. */
    notifications: ShownNotification[] = [];
    unreadCount = 0;
    notificationsOpen = false;
    /** The page of the address; null for an address that is no page, undefined until known. */
    page: PageReference | null | undefined = undefined;
    private nextToastId = 0;

    @wire(CurrentPageReference)
    wiredPage(page: PageReference | null): void {
        this.page = page;
    }

    get pageKind(): PageKind {
        return kindOf(this.page);
    }

    get isListPage(): boolean {
        return this.pageKind === 'list';
    }

    get isRecordPage(): boolean {
        return this.pageKind === 'record';
    }

    get isRadarPage(): boolean {
        return this.pageKind === 'radar';
    }

    get isWizardPage(): boolean {
        return this.pageKind === 'wizard';
    }

    get isNotFound(): boolean {
        return this.pageKind === 'notFound';
    }

    /** The record page, keyed by its record: another record is a new page, as in Lightning. */
    get recordPages(): { recordId: string }[] {
        const recordId = this.isRecordPage ? this.page?.attributes.recordId : undefined;
        return recordId ? [{ recordId }] : [];
    }

    /** The navigation bar's tabs, the one of the page shown marked current. */
    get tabs() {
        return TABS.map((tab) => {
            const current = this.pageKind === tab.kind;
            return {
                apiName: tab.apiName,
                dataId: tab.dataId,
                label: this.config.labels[tab.labelName] ?? '',
                url: this.tabUrls[tab.apiName] ?? '/',
                cssClass: `slds-context-bar__item${current ? ' slds-is-active' : ''}`,
                current: current ? 'page' : null,
            };
        });
    }

    /** A tab in the navigation bar: a real link, followed in place on a plain click. */
    handleTabClick(event: MouseEvent): void {
        if (!isPlainClick(event)) {
            return;
        }
        const tab = TABS.find(
            (candidate) => candidate.apiName === (event.currentTarget as HTMLElement).dataset.tab,
        );
        if (tab) {
            event.preventDefault();
            this[NavigationMixin.Navigate](tab.page());
        }
    }

    readonly languageOptions = [
        { label: 'English', value: 'en' },
        { label: 'Français', value: 'fr' },
    ];

    get bellLabel(): string {
        return this.unreadCount > 0
            ? `${this.text.notifications}, ${this.text.unread.replace('{0}', String(this.unreadCount))}`
            : this.text.notifications;
    }

    get notificationsExpanded(): string {
        return String(this.notificationsOpen);
    }

    get notificationItems() {
        return this.notifications.map((notification) => ({
            ...notification,
            cssClass: notification.read
                ? 'slds-global-header__notification'
                : 'slds-global-header__notification slds-global-header__notification_unread',
            when: new Date(notification.createdAt).toLocaleString(this.config.language),
        }));
    }

    get noNotifications(): boolean {
        return this.notifications.length === 0;
    }

    connectedCallback(): void {
        this.template?.addEventListener(SHOW_TOAST_EVENT, this.handleToast);
        subscribe(NOTIFICATIONS_CHANNEL, -1, () => {
            this.loadNotifications(this.notificationsOpen);
        }).catch(() => undefined);
        this.loadNotifications(false);
    }

    /** Opens or closes the list; opening it reads every notification (as the org's bell). */
    handleBellClick(): void {
        this.notificationsOpen = !this.notificationsOpen;
        if (this.notificationsOpen) {
            this.loadNotifications(true);
        }
    }

    handleNotificationsKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Escape') {
            this.notificationsOpen = false;
        }
    }

    /**
     * The user's notifications from the server; with `markRead`, they are read from now on, but
     * the list shows which were new until it closes.
     */
    private async loadNotifications(markRead: boolean): Promise<void> {
        try {
            const response = await fetch(markRead ? '/notifications/read' : '/notifications', {
                method: 'POST',
            });
            const payload = (await response.json()) as {
                notifications: ShownNotification[];
                unreadCount: number;
            };
            const shownUnread = new Set(
                this.notifications.filter((item) => !item.read).map((item) => item.id),
            );
            this.notifications = payload.notifications.map((notification) =>
                markRead && shownUnread.has(notification.id)
                    ? { ...notification, read: false }
                    : notification,
            );
            this.unreadCount = payload.unreadCount;
        } catch {
            // The bell stays as it was; the next notification tries again.
        }
        this.generateTabUrls();
    }

    private async generateTabUrls(): Promise<void> {
        const urls = await Promise.all(
            TABS.map(async (tab) => [
                tab.apiName,
                await this[NavigationMixin.GenerateUrl](tab.page()),
            ]),
        );
        this.tabUrls = Object.fromEntries(urls);
    }

    disconnectedCallback(): void {
        this.template?.removeEventListener(SHOW_TOAST_EVENT, this.handleToast);
    }

    handleLanguageChange(event: CustomEvent<{ value: string }>): void {
        const url = new URL(window.location.href);
        url.searchParams.set('lang', event.detail.value);
        window.location.assign(url.toString());
    }

    handleToastClose(event: Event): void {
        const id = Number((event.currentTarget as HTMLElement).dataset.toastId);
        this.toasts = this.toasts.filter((toast) => toast.id !== id);
    }

    private readonly handleToast = (event: Event): void => {
        const detail = (event as CustomEvent<ToastDetail>).detail;
        const variant = detail.variant ?? 'info';
        this.nextToastId += 1;
        const toast: Toast = {
            ...detail,
            variant,
            id: this.nextToastId,
            cssClass: `slds-notify slds-notify_toast slds-theme_${variant}`,
            iconName: TOAST_ICONS[variant] ?? TOAST_ICONS.info,
        };
        this.toasts = [...this.toasts, toast];
        if (detail.mode !== 'sticky') {
            const duration =
                variant === 'error' || variant === 'warning'
                    ? TOAST_DURATION_MS.long
                    : TOAST_DURATION_MS.short;
            // A timer is what dismisses a toast in Lightning Experience too.
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            setTimeout(() => {
                this.toasts = this.toasts.filter((entry) => entry.id !== toast.id);
            }, duration);
        }
    };
}
