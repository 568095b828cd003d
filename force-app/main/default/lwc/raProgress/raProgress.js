import { LightningElement, api } from 'lwc';
import { LABELS } from './labels';
const NEXT_KEYS = ['ArrowRight', 'ArrowDown'];
const PREVIOUS_KEYS = ['ArrowLeft', 'ArrowUp'];
/**
 * The wizard's steps, each with its name in words and whether it is complete (its fields have no
 * problem: the wizard says which), the current one marked. One Tab stop for all of them, as the
 * WAI-ARIA practices have it for a group of controls: Tab reaches the current step, the arrow
 * keys, Home and End move between steps, Enter or Space opens one (`stepselect` `{ step }`).
 */
export default class RaProgress extends LightningElement {
    @api
    steps = [];
    /** The id of the current step. */
    @api
    current = '';
    /** What the steps are, for assistive technology ("Steps"). */
    @api
    label = '';
    /** The step that holds the Tab stop while the user moves between steps; else the current one. */
    roving = null;
    get items() {
        const focusable = this.focusableIndex;
        return this.steps.map((step, index) => {
            const isCurrent = step.id === this.current;
            return {
                ...step,
                index,
                tabIndex: index === focusable ? 0 : -1,
                ariaCurrent: isCurrent ? 'step' : null,
                iconName: step.complete ? 'utility:success' : 'utility:routing_offline',
                stateText: step.complete ? LABELS.complete : LABELS.incomplete,
                buttonClass: isCurrent
                    ? 'slds-button slds-text-title_bold'
                    : 'slds-button slds-text-color_default',
            };
        });
    }
    get focusableIndex() {
        if (this.roving !== null && this.roving < this.steps.length) {
            return this.roving;
        }
        return Math.max(0, this.steps.findIndex((step) => step.id === this.current));
    }
    handleKeyDown(event) {
        const count = this.steps.length;
        const from = this.focusableIndex;
        let to = null;
        if (NEXT_KEYS.includes(event.key)) {
            to = (from + 1) % count;
        }
        else if (PREVIOUS_KEYS.includes(event.key)) {
            to = (from - 1 + count) % count;
        }
        else if (event.key === 'Home') {
            to = 0;
        }
        else if (event.key === 'End') {
            to = count - 1;
        }
        if (to === null || count === 0) {
            return;
        }
        event.preventDefault();
        this.roving = to;
        // The Tab stop moves with the focus: once rendered, the step it moved to takes it.
        Promise.resolve().then(() => this.template?.querySelector(`button[data-index="${to}"]`)?.focus());
    }
    handleClick(event) {
        const index = Number(event.currentTarget.dataset.index);
        const step = this.steps[index];
        if (step) {
            this.roving = index;
            this.dispatchEvent(new CustomEvent('stepselect', { detail: { step: step.id } }));
        }
    }
}
