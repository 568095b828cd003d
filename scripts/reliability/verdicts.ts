/**
 * What the form and the Catalog API each said about one resale authorization, and whether
 * they agree. The form may be stricter than the API (it also guards what the product's UI
 * requires); it must never accept what the API refuses.
 */

export type FormVerdict = { accepted: true } | { accepted: false; codes: string[] };

export type SimulatorVerdict =
    | { kind: 'accepted' }
    /** Refused synchronously (`request`, an HTTP error) or while applied (`changeSet`). */
    | { kind: 'refused'; stage: 'request' | 'changeSet'; reasons: string[] }
    /** Succeeded, but its resale authorizations do not carry what it asked for. */
    | { kind: 'misapplied'; reasons: string[] }
    /** No answer about the content: a server fault. */
    | { kind: 'unavailable'; reason: string };

export type Agreement =
    | 'bothAccepted'
    | 'bothRefused'
    /** The disagreement that matters: the form would send what the API refuses. */
    | 'formAcceptedSimulatorRefused'
    /** The form is stricter than the API here: reported, not a failure in itself. */
    | 'formRefusedSimulatorAccepted'
    | 'noSimulatorVerdict'
    /** The API applied the change set wrongly: a fault of the API, whatever the form said. */
    | 'simulatorMisapplied';

export function compareVerdicts(form: FormVerdict, simulator: SimulatorVerdict): Agreement {
    if (simulator.kind === 'unavailable') {
        return 'noSimulatorVerdict';
    }
    if (simulator.kind === 'misapplied') {
        return 'simulatorMisapplied';
    }
    const simulatorAccepted = simulator.kind === 'accepted';
    if (form.accepted) {
        return simulatorAccepted ? 'bothAccepted' : 'formAcceptedSimulatorRefused';
    }
    return simulatorAccepted ? 'formRefusedSimulatorAccepted' : 'bothRefused';
}

/** A form case as shown in a report: enough to replay it by hand. */
export interface CaseSummary {
    index: number;
    productId: string;
    today: string;
    purpose: string;
    entityId: string | null;
    mutations: string[];
    form: unknown;
    request?: unknown;
}

export interface Disagreement {
    agreement: Agreement;
    formCase: CaseSummary;
    form: FormVerdict;
    simulator: SimulatorVerdict;
}

const EXAMPLES_KEPT = 5;

/**
 * The kind of an API refusal, without its values: `UpdatePricingTerms INVALID_RATE_CARD`, or
 * the path of the field a synchronous error names, list positions left out.
 */
export function reasonKind(reason: string): string {
    const [head = ''] = reason.split(': ');
    const synchronous = /^(\w+Exception)$/.exec(head);
    if (synchronous) {
        const field = reason.slice(head.length + 2).split(':')[0] ?? '';
        return `${head} ${field.replace(/\[\d+\]/g, '')}`;
    }
    return head;
}

function keepExample(examples: Disagreement[], entry: Disagreement): void {
    if (examples.length < EXAMPLES_KEPT) {
        examples.push(entry);
    }
}

/** Counts of a fuzz run, with examples of what went wrong. */
export class FuzzTally {
    readonly counts: Record<Agreement, number> = {
        bothAccepted: 0,
        bothRefused: 0,
        formAcceptedSimulatorRefused: 0,
        formRefusedSimulatorAccepted: 0,
        noSimulatorVerdict: 0,
        simulatorMisapplied: 0,
    };
    /** Forms the form accepted and the API refused, by the API's reason (field or error code). */
    readonly disagreementsByReason = new Map<string, number>();
    /** Forms the form refused and the API accepted, by the form's validation codes. */
    readonly stricterByCode = new Map<string, number>();
    readonly disagreements: Disagreement[] = [];
    readonly unavailable: Disagreement[] = [];
    readonly misapplied: Disagreement[] = [];

    record(formCase: CaseSummary, form: FormVerdict, simulator: SimulatorVerdict): Agreement {
        const agreement = compareVerdicts(form, simulator);
        this.counts[agreement] += 1;
        const entry = { agreement, formCase, form, simulator };
        if (agreement === 'formAcceptedSimulatorRefused') {
            const key = simulator.kind === 'refused' ? reasonKind(simulator.reasons[0] ?? '') : '';
            this.disagreementsByReason.set(key, (this.disagreementsByReason.get(key) ?? 0) + 1);
            keepExample(this.disagreements, entry);
        } else if (agreement === 'noSimulatorVerdict') {
            keepExample(this.unavailable, entry);
        } else if (agreement === 'simulatorMisapplied') {
            keepExample(this.misapplied, entry);
        } else if (agreement === 'formRefusedSimulatorAccepted' && !form.accepted) {
            const key = [...new Set(form.codes)].sort().join(' + ');
            this.stricterByCode.set(key, (this.stricterByCode.get(key) ?? 0) + 1);
        }
        return agreement;
    }

    get sent(): number {
        return Object.values(this.counts).reduce((sum, count) => sum + count, 0);
    }
}

/** A readable account of the forms the form accepted and the API refused (empty if none). */
export function describeDisagreements(tally: FuzzTally): string {
    const count = tally.counts.formAcceptedSimulatorRefused;
    if (count === 0) {
        return '';
    }
    const examples = tally.disagreements.map((d) => {
        const reasons = d.simulator.kind === 'refused' ? d.simulator.reasons.join('; ') : '';
        return [
            `#${d.formCase.index} ${d.formCase.productId} on ${d.formCase.today} (${d.formCase.purpose}${d.formCase.entityId ? ` of ${d.formCase.entityId}` : ''}), mutations: ${d.formCase.mutations.join(', ') || 'none'}`,
            `  API: ${reasons}`,
            `  form: ${JSON.stringify(d.formCase.form)}`,
        ].join('\n');
    });
    const kinds = [...tally.disagreementsByReason.entries()].map(
        ([reason, n]) => `  ${n} × ${reason}`,
    );
    return [
        `${count} form(s) accepted by the form and refused by the API:`,
        ...kinds,
        'for example:',
        ...examples,
    ].join('\n');
}
