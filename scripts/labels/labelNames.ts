import type { ValidationCode } from '../../lwc-src/raDomain/validationMessages';
import type { APEX_LABELS } from './apexLabels';
import type { UI_LABELS } from './uiLabels';

/**
 * The name of a Custom Label a component may import: one of the components' catalogue, a label
 * of the Apex (a message shown by a component where the rule is enforced on both sides, words
 * both say, such as the days left before an expiry) or a validation message.
 */
export type LabelName =
    keyof typeof UI_LABELS | keyof typeof APEX_LABELS | `RA_Validation_${ValidationCode}`;
