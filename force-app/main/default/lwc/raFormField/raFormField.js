import { LightningElement, api } from 'lwc';
import { applyFieldErrors, FocusRequests, formatDate, formatDecimal, parseDate, parseDecimal, todayIsoDate, } from 'c/raUi';
const CHECKED_TYPES = ['toggle', 'checkbox'];
/**
 * One field of the resale authorization form, drawn with the Lightning base component of its
 * type. Whether it shows, whether it is required and its length limit come from the domain's
 * layout (`formLayout`), never from the template that places it; its message comes from the
 * errors by field path; it takes the focus when a focus request names its field. Dates and
 * numbers show as the user's locale writes them and are read back from what the user types (ISO
 * dates too); what does not read as one is kept as typed, for validation to say so. Sends
 * `fieldchange` `{ field, value }` and `fieldblur` `{ field }`, which bubble out of the section
 * that holds it to the form.
 */
export default class RaFormField extends LightningElement {
    /** Its path in the form state (`name`, `contractDuration.kind`, `dimensions.Seats.rate`). */
    @api
    field = '';
    @api
    type = 'text';
    @api
    label = '';
    @api
    help;
    @api
    placeholder;
    /** `label-hidden` where a table's header names the column. */
    @api
    variant;
    current = '';
    @api
    checked = false;
    @api
    options = [];
    /** The form's layout, where a field of FIELD_IDS finds its own. */
    @api
    layout = null;
    /** The layout of a field that has no place in FormLayout.fields (a dimension, a payment). */
    @api
    fieldLayout = null;
    messages = {};
    /** A date or a number as the user is typing it: shown as typed until the field is left. */
    typed = null;
    focusRequests = new FocusRequests(() => this.field, () => this.input);
    /** The value in the form state (a date as `YYYY-MM-DD`, a number as a decimal string). */
    @api
    get value() {
        return this.current;
    }
    set value(value) {
        this.current = value;
        // Another value than the one typed (a row removed, a form loaded): it shows instead.
        if (this.typed !== null && this.readTyped(this.typed) !== (value ?? '')) {
            this.typed = null;
        }
    }
    /** Messages by field path; this field shows its own. */
    @api
    get errors() {
        return this.messages;
    }
    set errors(value) {
        this.messages = value ?? {};
        // A message changes nothing the template shows: put it on the input now.
        applyFieldErrors(this.template, this.messages);
    }
    /** Takes the focus when the request names this field (each request once). */
    @api
    get focusRequest() {
        return this.focusRequests.current;
    }
    set focusRequest(value) {
        this.focusRequests.receive(value);
    }
    @api
    focus() {
        this.input?.focus();
    }
    renderedCallback() {
        applyFieldErrors(this.template, this.messages);
        this.focusRequests.take();
    }
    get ownLayout() {
        const fields = this.layout?.fields;
        return this.fieldLayout ?? fields?.[this.field] ?? { visible: true, required: false };
    }
    get visible() {
        return this.ownLayout.visible;
    }
    get required() {
        return this.ownLayout.required;
    }
    get maxLength() {
        return this.ownLayout.maxLength;
    }
    get isText() {
        return this.type === 'text';
    }
    get isTextarea() {
        return this.type === 'textarea';
    }
    get isCombobox() {
        return this.type === 'combobox';
    }
    get isRadio() {
        return this.type === 'radio';
    }
    get isChecked() {
        return CHECKED_TYPES.includes(this.type);
    }
    /** A date or a number: a text input that reads the user's locale. */
    get isLocalized() {
        return this.type === 'date' || this.type === 'decimal';
    }
    /** What the input shows: the text being typed, else the value in the user's locale. */
    get displayValue() {
        if (this.typed !== null) {
            return this.typed;
        }
        const value = this.current ?? '';
        return this.type === 'date' ? formatDate(value) : formatDecimal(value);
    }
    /** A date input shows how a date is written, with today's. */
    get localizedPlaceholder() {
        return this.type === 'date' ? formatDate(todayIsoDate()) : this.placeholder;
    }
    get input() {
        return this.template?.querySelector('[data-field]') ?? null;
    }
    handleChange(event) {
        event.stopPropagation();
        const typed = event.detail.value ?? '';
        if (this.isLocalized) {
            this.typed = typed;
        }
        const value = this.isChecked ? Boolean(event.detail.checked) : this.readTyped(typed);
        this.dispatchEvent(new CustomEvent('fieldchange', {
            detail: { field: this.field, value },
            bubbles: true,
            composed: true,
        }));
    }
    readTyped(typed) {
        if (this.type === 'date') {
            return parseDate(typed);
        }
        return this.type === 'decimal' ? parseDecimal(typed) : typed;
    }
    handleBlur() {
        // Left: the value shows as the locale writes it.
        this.typed = null;
        this.dispatchEvent(new CustomEvent('fieldblur', {
            detail: { field: this.field },
            bubbles: true,
            composed: true,
        }));
    }
}
