import { LightningElement, api } from 'lwc';
import { LABELS } from './labels';

/** A step of the wizard: its name, and whether its fields have no problem left. */
export interface ProgressStep {
    id: string;
    label: string;
    complete: boolean;
}

interface StepItem extends ProgressStep {
    index: number;
    tabIndex: number;
    ariaCurrent: string | null;
    iconName: string;
    stateText: string;
    buttonClass: string;
}

const NEXT_KEYS = ['ArrowRight', 'ArrowDown'];
const PREVIOUS_KEYS = ['ArrowLeft', 'ArrowUp'];

/**
 * The wizard's steps, each with its name in words and whether it is complete (its fields have no
 * problem: the wizard says which), the current one marked. One Tab stop for all of them, as the
 * WAI-ARIA practices have it for a group of controls: Tab reaches the current step, the arrow
 * keys, Home and End move between steps, Enter or Space opens one (`stepselect` `{ step }`).
 */
export default class RaProgress extends LightningElement {
    @api steps: ProgressStep[] = [];
    /** The id of the current step. */
    @api current = '';
    /** What the steps are, for assistive technology ("Steps"). */
    @api label = '';

    /** The step that holds the Tab stop while the user moves between steps; else the current one. */
    private roving: number | null = null;

    get items(): StepItem[] {
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

    private get focusableIndex(): number {
        if (this.roving !== null && this.roving < this.steps.length) {
            return this.roving;
        }
        return Math.max(
            0,
            this.steps.findIndex((step) => step.id === this.current),
        );
    }

    handleKeyDown(event: KeyboardEvent): void {
        const count = this.steps.length;
        const from = this.focusableIndex;
        let to: number | null = null;
        if (NEXT_KEYS.includes(event.key)) {
            to = (from + 1) % count;
        } else if (PREVIOUS_KEYS.includes(event.key)) {
            to = (from - 1 + count) % count;
        } else if (event.key === 'Home') {
            to = 0;
        } else if (event.key === 'End') {
            to = count - 1;
        }
        if (to === null || count === 0) {
            return;
        }
        event.preventDefault();
        this.roving = to;
        // The Tab stop moves with the focus: once rendered, the step it moved to takes it.
        Promise.resolve().then(() =>
            this.template?.querySelector<HTMLElement>(`button[data-index="${to}"]`)?.focus(),
        );
    }

    handleClick(event: Event): void {
        const index = Number((event.currentTarget as HTMLElement).dataset.index);
        const step = this.steps[index];
        if (step) {
            this.roving = index;
            this.dispatchEvent(new CustomEvent('stepselect', { detail: { step: step.id } }));
        }
    }
}
