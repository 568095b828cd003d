import { LightningElement, api } from 'lwc';
import { applyFieldErrors, FocusRequests } from 'c/raUi';
const CHECKED_TYPES = ['toggle', 'checkbox'];
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
    @api
    value = '';
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
    focusRequests = new FocusRequests();
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
        this.focusRequests.receive(value, () => this.takeFocus());
    }
    @api
    focus() {
        this.input?.focus();
    }
    renderedCallback() {
        applyFieldErrors(this.template, this.messages);
        this.takeFocus();
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
    get isDate() {
        return this.type === 'date';
    }
    get input() {
        return this.template?.querySelector('[data-field]') ?? null;
    }
    takeFocus() {
        this.focusRequests.take(this.field, this.input);
    }
    handleChange(event) {
        event.stopPropagation();
        const value = this.isChecked ? Boolean(event.detail.checked) : (event.detail.value ?? '');
        this.dispatchEvent(new CustomEvent('fieldchange', {
            detail: { field: this.field, value },
            bubbles: true,
            composed: true,
        }));
    }
    handleBlur() {
        this.dispatchEvent(new CustomEvent('fieldblur', {
            detail: { field: this.field },
            bubbles: true,
            composed: true,
        }));
    }
}
