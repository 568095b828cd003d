import type { ValidationCode } from '../../lwc-src/raDomain/validationMessages';
import type { UI_LABELS } from './uiLabels';

/**
 * The name of a Custom Label a component may import: one of the components' catalogue, a message
 * of the Apex (shown by a component where the rule is enforced on both sides) or a validation
 * message.
 */
export type LabelName =
    keyof typeof UI_LABELS | `RA_Apex_${string}` | `RA_Validation_${ValidationCode}`;
