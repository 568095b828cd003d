import { LightningElement, api } from 'lwc';

/** A suggestion as the local server gives it (see `recordPickerSearch.ts`). */
interface PickerRecord {
    id: string;
    primary: string;
    secondary: string;
}

/** The stand-in's own words: in the org, the platform's picker has them. */
const TEXT = {
    en: {
        clear: 'Clear selection',
        noResults: 'No results',
        required: 'required',
        missing: 'Complete this field.',
    },
    fr: {
        clear: 'Effacer la sélection',
        noResults: 'Aucun résultat',
        required: 'obligatoire',
        missing: 'Renseignez ce champ.',
    },
} as const;

function pageLanguage(): 'en' | 'fr' {
    const config = (globalThis as { LOCAL_APP?: { language?: string } }).LOCAL_APP;
    return config?.language === 'fr' ? 'fr' : 'en';
}

/**
 * `lightning-record-picker` for the local app. In the org the base component searches records
 * through the platform's GraphQL API; here the same public API (attributes, `change` event with
 * `detail.recordId`, validity and focus methods) searches the local store through the local
 * server, applying the same `filter`, `matching-info` and `display-info`.
 */
export default class LocalRecordPicker extends LightningElement {
    @api label = '';
    @api placeholder = '';
    @api fieldLevelHelp = '';
    @api objectApiName = '';
    @api filter: unknown = null;
    @api displayInfo: unknown = null;
    @api matchingInfo: unknown = null;
    @api disabled = false;
    @api required = false;
    @api variant = 'standard';
    @api messageWhenBadInput = '';

    readonly text = TEXT[pageLanguage()];
    searchTerm = '';
    options: PickerRecord[] = [];
    expanded = false;
    activeIndex = -1;
    selection: PickerRecord | null = null;
    customValidity = '';
    showValidity = false;
    /** Why the records could not be searched. */
    searchError = '';
    private recordId: string | null = null;
    private latestSearch = 0;

    /** The record picked (its id), or null. */
    @api
    get value(): string | null {
        return this.recordId;
    }
    set value(recordId: string | null) {
        const next = recordId || null;
        if (next === this.recordId) {
            return;
        }
        this.recordId = next;
        this.selection = null;
        if (next) {
            this.describe(next);
        }
    }

    @api
    checkValidity(): boolean {
        return !this.customValidity && !(this.required && !this.recordId);
    }

    @api
    reportValidity(): boolean {
        this.showValidity = true;
        return this.checkValidity();
    }

    @api
    setCustomValidity(message: string): void {
        this.customValidity = message ?? '';
    }

    @api
    clearSelection(): void {
        this.recordId = null;
        this.selection = null;
        this.searchTerm = '';
    }

    @api
    focus(): void {
        this.input()?.focus();
    }

    @api
    blur(): void {
        this.input()?.blur();
    }

    get hasSelection(): boolean {
        return this.recordId !== null;
    }

    get inputText(): string {
        if (this.recordId) {
            return this.selection?.primary ?? '';
        }
        return this.searchTerm;
    }

    get expandedText(): string {
        return String(this.expanded);
    }

    get noResults(): boolean {
        return this.options.length === 0;
    }

    get formElementClass(): string {
        return this.shownError ? 'slds-form-element slds-has-error' : 'slds-form-element';
    }

    get comboboxClass(): string {
        const base = 'slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click';
        return this.expanded ? `${base} slds-is-open` : base;
    }

    get shownError(): string {
        if (!this.showValidity) {
            return this.searchError;
        }
        return (
            this.customValidity ||
            (this.checkValidity() ? '' : this.text.missing) ||
            this.searchError
        );
    }

    get activeOptionId(): string | null {
        return this.activeIndex >= 0 ? `option-${this.activeIndex}` : null;
    }

    get optionViews() {
        return this.options.map((option, index) => ({
            ...option,
            elementId: `option-${index}`,
            selectedText: String(index === this.activeIndex),
            cssClass: `slds-media slds-listbox__option slds-listbox__option_entity slds-listbox__option_has-meta${
                index === this.activeIndex ? ' slds-has-focus' : ''
            }`,
        }));
    }

    handleFocus(): void {
        if (!this.recordId) {
            this.search(this.searchTerm);
        }
    }

    handleInput(event: Event): void {
        this.searchTerm = (event.target as HTMLInputElement).value;
        this.search(this.searchTerm);
    }

    handleBlur(): void {
        this.expanded = false;
        this.activeIndex = -1;
        this.showValidity = true;
    }

    handleKeyDown(event: KeyboardEvent): void {
        if (!this.expanded || this.options.length === 0) {
            return;
        }
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            const count = this.options.length;
            this.activeIndex = (this.activeIndex + step + count) % count;
        } else if (event.key === 'Enter' && this.activeIndex >= 0) {
            event.preventDefault();
            const option = this.options[this.activeIndex];
            if (option) {
                this.select(option);
            }
        } else if (event.key === 'Escape') {
            this.expanded = false;
            this.activeIndex = -1;
        }
    }

    /** Keeps the focus in the input, so that the click lands on the option. */
    handleOptionMouseDown(event: Event): void {
        event.preventDefault();
    }

    handleOptionClick(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.recordId;
        const option = this.options.find((candidate) => candidate.id === id);
        if (option) {
            this.select(option);
        }
    }

    handleClear(): void {
        this.clearSelection();
        this.tell(null);
        this.focus();
    }

    private select(option: PickerRecord): void {
        this.recordId = option.id;
        this.selection = option;
        this.searchTerm = '';
        this.expanded = false;
        this.activeIndex = -1;
        this.tell(option.id);
    }

    private tell(recordId: string | null): void {
        this.dispatchEvent(new CustomEvent('change', { detail: { recordId } }));
    }

    private input(): HTMLInputElement | null {
        return this.template?.querySelector<HTMLInputElement>('input') ?? null;
    }

    private async search(searchTerm: string): Promise<void> {
        const call = ++this.latestSearch;
        let records: PickerRecord[] = [];
        try {
            records = await this.fetchRecords({ searchTerm });
            this.searchError = '';
        } catch (error) {
            this.searchError = error instanceof Error ? error.message : String(error);
        }
        // Only the answer to the latest words typed counts.
        if (call === this.latestSearch && !this.recordId) {
            this.options = records;
            this.activeIndex = -1;
            this.expanded = !this.searchError;
        }
    }

    private async describe(recordId: string): Promise<void> {
        let record: PickerRecord | undefined;
        try {
            [record] = await this.fetchRecords({ recordId });
        } catch (error) {
            this.searchError = error instanceof Error ? error.message : String(error);
        }
        if (this.recordId === recordId) {
            this.selection = record ?? { id: recordId, primary: recordId, secondary: '' };
        }
    }

    private async fetchRecords(request: Record<string, unknown>): Promise<PickerRecord[]> {
        const response = await fetch('/records/search', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
                objectApiName: this.objectApiName,
                filter: this.filter,
                matchingInfo: this.matchingInfo,
                displayInfo: this.displayInfo,
                ...request,
            }),
        });
        const payload = (await response.json()) as { records?: PickerRecord[]; message?: string };
        if (!response.ok) {
            throw new Error(payload.message ?? response.statusText);
        }
        return payload.records ?? [];
    }
}
