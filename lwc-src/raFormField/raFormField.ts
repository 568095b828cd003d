import { LightningElement, api } from 'lwc';
import type { FieldLayout, FormLayout } from 'c/raDomain';
import { applyFieldErrors, FocusRequests } from 'c/raUi';
import type { FocusRequest } from 'c/raUi';

/** The kinds of input a field of the form is entered with. */
export type FieldType = 'text' | 'textarea' | 'combobox' | 'radio' | 'toggle' | 'checkbox' | 'date';

const CHECKED_TYPES: readonly FieldType[] = ['toggle', 'checkbox'];

/**
 * One field of the resale authorization form, drawn with the Lightning base component of its
 * type. Whether it shows, whether it is required and its length limit come from the domain's
 * layout (`formLayout`), never from the template that places it; its message comes from the
 * errors by field path; it takes the focus when a focus request names its field. Sends
 * `fieldchange` `{ field, value }` and `fieldblur` `{ field }`, which bubble out of the section
 * that holds it to the form.
 */
export default class RaFormField extends LightningElement {
    /** Its path in the form state (`name`, `contractDuration.kind`, `dimensions.Seats.rate`). */
    @api field = '';
    @api type: FieldType = 'text';
    @api label = '';
    @api help?: string;
    @api placeholder?: string;
    /** `label-hidden` where a table's header names the column. */
    @api variant?: string;
    @api value: string | null = '';
    @api checked = false;
    @api options: { label: string; value: string }[] = [];
    /** The form's layout, where a field of FIELD_IDS finds its own. */
    @api layout: FormLayout | null = null;
    /** The layout of a field that has no place in FormLayout.fields (a dimension, a payment). */
    @api fieldLayout: FieldLayout | null = null;

    private messages: Record<string, string> = {};
    private readonly focusRequests = new FocusRequests();

    /** Messages by field path; this field shows its own. */
    @api
    get errors(): Record<string, string> {
        return this.messages;
    }
    set errors(value: Record<string, string> | null) {
        this.messages = value ?? {};
        // A message changes nothing the template shows: put it on the input now.
        applyFieldErrors(this.template, this.messages);
    }

    /** Takes the focus when the request names this field (each request once). */
    @api
    get focusRequest(): FocusRequest | null {
        return this.focusRequests.current;
    }
    set focusRequest(value: FocusRequest | null) {
        this.focusRequests.receive(value, () => this.takeFocus());
    }

    @api
    focus(): void {
        this.input?.focus();
    }

    renderedCallback(): void {
        applyFieldErrors(this.template, this.messages);
        this.takeFocus();
    }

    get ownLayout(): FieldLayout {
        const fields = this.layout?.fields as Record<string, FieldLayout> | undefined;
        return this.fieldLayout ?? fields?.[this.field] ?? { visible: true, required: false };
    }

    get visible(): boolean {
        return this.ownLayout.visible;
    }

    get required(): boolean {
        return this.ownLayout.required;
    }

    get maxLength(): number | undefined {
        return this.ownLayout.maxLength;
    }

    get isText(): boolean {
        return this.type === 'text';
    }

    get isTextarea(): boolean {
        return this.type === 'textarea';
    }

    get isCombobox(): boolean {
        return this.type === 'combobox';
    }

    get isRadio(): boolean {
        return this.type === 'radio';
    }

    get isChecked(): boolean {
        return CHECKED_TYPES.includes(this.type);
    }

    get isDate(): boolean {
        return this.type === 'date';
    }

    private get input(): HTMLElement | null {
        return this.template?.querySelector<HTMLElement>('[data-field]') ?? null;
    }

    private takeFocus(): void {
        this.focusRequests.take(this.field, this.input);
    }

    handleChange(event: CustomEvent<{ value?: string; checked?: boolean }>): void {
        event.stopPropagation();
        const value = this.isChecked ? Boolean(event.detail.checked) : (event.detail.value ?? '');
        this.dispatchEvent(
            new CustomEvent('fieldchange', {
                detail: { field: this.field, value },
                bubbles: true,
                composed: true,
            }),
        );
    }

    handleBlur(): void {
        this.dispatchEvent(
            new CustomEvent('fieldblur', {
                detail: { field: this.field },
                bubbles: true,
                composed: true,
            }),
        );
    }
}
