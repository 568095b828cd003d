import fc from 'fast-check';
import type { StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';
import { toStartChangeSet } from '../../lwc-src/raDomain/changeSet';
import {
    effectivePricingModel,
    usesFlexiblePaymentSchedule,
} from '../../lwc-src/raDomain/dynamicFields';
import { parseFormState } from '../../lwc-src/raDomain/formState';
import { validate } from '../../lwc-src/raDomain/validation';
import { applyInThrowawayCatalog } from './catalogVerdict';
import { formCaseArb } from './formArbitraries';
import type { FormCase } from './formCase';
import { FUZZ_PRODUCTS } from './seedCatalog';
import { FuzzTally } from './verdicts';
import type { CaseSummary, FormVerdict } from './verdicts';

export interface FormFuzzOptions {
    seed: number;
    forms: number;
    /** The days (YYYY-MM-DD) forms are filled in; the API runs on the same day. */
    todays: readonly string[];
    /** Also apply what the form refused, to count what the API would have accepted. */
    applyRefused: boolean;
    /** The form's validation: replaceable, to show that a too lenient form is caught. */
    validateForm?: typeof validate;
}

export interface FormFuzzReport {
    seed: number;
    forms: number;
    accepted: number;
    refused: number;
    /** Forms built consistent, without perturbation, and how many of them the form refused. */
    coherent: number;
    coherentRefused: number;
    /** Generated values that are not form states by the domain's schema (a generator bug). */
    schemaViolations: number;
    /** validate or the mapping threw. */
    exceptions: number;
    exceptionExamples: string[];
    tally: FuzzTally;
    /** Accepted forms by product type, pricing and purpose: what the run covered. */
    acceptedByKind: Map<string, number>;
    durationMs: number;
    /** Of which generating, validating and mapping the forms. */
    preparationMs: number;
}

interface PreparedCase {
    summary: CaseSummary;
    today: string;
    verdict: FormVerdict;
    request: StartChangeSetCommandInput | null;
}

function kindOf(formCase: FormCase): string {
    const { form, product } = formCase;
    const pricing = usesFlexiblePaymentSchedule(form, product)
        ? 'Contract+PaymentSchedule'
        : effectivePricingModel(form, product);
    return `${product.productType} ${pricing} ${formCase.purpose}${formCase.entityId ? ' (existing draft)' : ''}`;
}

/** The one StartChangeSet request of a form, as the form submits it (publish or draft). */
export function formRequest(
    formCase: FormCase,
    clientRequestToken: string,
): StartChangeSetCommandInput {
    return toStartChangeSet(formCase.form, formCase.product, {
        intent: formCase.purpose,
        clientRequestToken,
        ...(formCase.entityId ? { entityId: formCase.entityId } : {}),
    });
}

/**
 * Generates form states, validates and maps each (counting anything thrown), applies each change
 * set in a throwaway catalogue and compares the verdicts.
 */
export function runFormFuzz(options: FormFuzzOptions): FormFuzzReport {
    const started = performance.now();
    const validateForm = options.validateForm ?? validate;
    const cases = fc.sample(formCaseArb(FUZZ_PRODUCTS, options.todays), {
        seed: options.seed,
        numRuns: options.forms,
    });
    const report: FormFuzzReport = {
        seed: options.seed,
        forms: cases.length,
        accepted: 0,
        refused: 0,
        coherent: 0,
        coherentRefused: 0,
        schemaViolations: 0,
        exceptions: 0,
        exceptionExamples: [],
        tally: new FuzzTally(),
        acceptedByKind: new Map(),
        durationMs: 0,
        preparationMs: 0,
    };
    const prepared: PreparedCase[] = [];
    cases.forEach((formCase, index) => {
        if (parseFormState(formCase.form) === null) {
            report.schemaViolations += 1;
        }
        const summary: CaseSummary = {
            index,
            productId: formCase.product.productId,
            today: formCase.today,
            purpose: formCase.purpose,
            entityId: formCase.entityId,
            mutations: formCase.mutations,
            form: formCase.form,
        };
        try {
            const problems = validateForm(formCase.form, formCase.product, formCase.today, {
                purpose: formCase.purpose,
            });
            const verdict: FormVerdict =
                problems.length === 0
                    ? { accepted: true }
                    : { accepted: false, codes: problems.map((p) => p.code) };
            const request = formRequest(formCase, `fuzz-${options.seed}-${index}`);
            if (formCase.mutations.length === 0) {
                report.coherent += 1;
                report.coherentRefused += verdict.accepted ? 0 : 1;
            }
            if (verdict.accepted) {
                report.accepted += 1;
                const kind = kindOf(formCase);
                report.acceptedByKind.set(kind, (report.acceptedByKind.get(kind) ?? 0) + 1);
            } else {
                report.refused += 1;
            }
            const applied = verdict.accepted || options.applyRefused;
            prepared.push({
                summary: { ...summary, request },
                today: formCase.today,
                verdict,
                request: applied ? request : null,
            });
        } catch (error) {
            report.exceptions += 1;
            if (report.exceptionExamples.length < 5) {
                const message =
                    error instanceof Error ? (error.stack ?? error.message) : String(error);
                report.exceptionExamples.push(
                    `#${index}: ${message}\n  form: ${JSON.stringify(formCase.form)}`,
                );
            }
        }
    });
    report.preparationMs = Math.round(performance.now() - started);
    for (const p of prepared) {
        if (p.request !== null) {
            report.tally.record(p.summary, p.verdict, applyInThrowawayCatalog(p.today, p.request));
        }
    }
    report.durationMs = Math.round(performance.now() - started);
    return report;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The figures of a run, one per line. */
export function formatFuzzReport(report: FormFuzzReport): string {
    const { counts } = report.tally;
    const lines = [
        `form fuzz: seed ${report.seed}, ${report.forms} forms in ${seconds(report.durationMs)} (generated, validated and mapped in ${seconds(report.preparationMs)})`,
        `  form: ${report.accepted} accepted, ${report.refused} refused, ${report.exceptions} exceptions, ${report.schemaViolations} outside the schema`,
        `  built consistent: ${report.coherent}, of which the form refused ${report.coherentRefused}`,
        `  applied by the API, each in a throwaway catalogue: ${report.tally.sent}`,
        `  both accepted ${counts.bothAccepted}, both refused ${counts.bothRefused}, no verdict ${counts.noSimulatorVerdict}`,
        `  succeeded without the requested terms: ${counts.simulatorMisapplied}`,
        `  disagreements (form accepted, API refused): ${counts.formAcceptedSimulatorRefused}`,
        `  form stricter (form refused, API accepted): ${counts.formRefusedSimulatorAccepted}`,
        ...[...report.tally.stricterByCode.entries()]
            .sort((a, b) => b[1] - a[1])
            .map(([codes, count]) => `    ${count} × ${codes}`),
        '  accepted forms by kind:',
        ...[...report.acceptedByKind.entries()]
            .sort((a, b) => a[0].localeCompare(b[0]))
            .map(([kind, count]) => `    ${kind}: ${count}`),
    ];
    return lines.join('\n');
}
