import type { LabelCatalogue } from './catalogue';

/** Messages the Apex classes show to users (`System.Label.*`), English and French. */
export const APEX_LABELS: LabelCatalogue = {};
