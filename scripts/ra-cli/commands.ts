import { randomUUID } from 'node:crypto';
import * as z from '../../lwc-src/raDomain/zod';
import { formFromEntity, fromEntity } from '../../lwc-src/raDomain/entityToForm';
import { toStartChangeSet } from '../../lwc-src/raDomain/changeSet';
import type { ChangeSetIntent } from '../../lwc-src/raDomain/changeSet';
import { formStateSchema } from '../../lwc-src/raDomain/formState';
import { productSchema, productTypeSchema } from '../../lwc-src/raDomain/product';
import type { Product, ProductType } from '../../lwc-src/raDomain/product';
import { validate } from '../../lwc-src/raDomain/validation';

/** What the CLI reads and writes: a product and a form state for it. */
export const formFileSchema = z.object({ product: productSchema, form: z.unknown() });
export type FormFile = z.infer<typeof formFileSchema>;

export interface CommandResult {
    output: string;
    exitCode: number;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function readFormFile(text: string): FormFile {
    const parsed = z.safeParse(formFileSchema, JSON.parse(text));
    if (!parsed.success) {
        throw new Error(
            'Expected a JSON object with "product" (id, title, type, dimensions) and "form".',
        );
    }
    return parsed.data;
}

/** `validate`: every problem, one per line; exit code 1 when there is any. */
export function validateCommand(text: string, today: string): CommandResult {
    const { product, form } = readFormFile(text);
    const problems = validate(form, product, today);
    if (problems.length === 0) {
        return { output: 'No problems found.\n', exitCode: 0 };
    }
    return {
        output: problems.map((p) => `${p.field}: ${p.message} [${p.code}]`).join('\n') + '\n',
        exitCode: 1,
    };
}

/** `changeset`: the StartChangeSet request of a valid form, as JSON. */
export function changesetCommand(
    text: string,
    options: { intent: ChangeSetIntent; token?: string; today: string },
): CommandResult {
    const { product, form } = readFormFile(text);
    const problems = validate(form, product, options.today, {
        purpose: options.intent === 'draft' ? 'draft' : 'publish',
    });
    const parsedForm = z.safeParse(formStateSchema, form);
    if (problems.length > 0 || !parsedForm.success) {
        return {
            output: problems.map((p) => `${p.field}: ${p.message} [${p.code}]`).join('\n') + '\n',
            exitCode: 1,
        };
    }
    const request = toStartChangeSet(parsedForm.data, product, {
        intent: options.intent,
        clientRequestToken: options.token ?? randomUUID(),
    });
    return { output: json(request), exitCode: 0 };
}

/** The product a described resale authorization is for, from its details and a product type. */
function productOfEntity(details: Record<string, unknown>, productType: ProductType): Product {
    const dimensions = Array.isArray(details.Dimensions) ? details.Dimensions : [];
    return {
        productId: String(details.ProductId ?? ''),
        title: String(details.ProductName ?? details.ProductId ?? ''),
        productType,
        dimensions: dimensions.map((raw) => {
            const d = (raw ?? {}) as Record<string, unknown>;
            const types = Array.isArray(d.Types) ? d.Types : [];
            return {
                key: String(d.Key ?? ''),
                name: String(d.Name ?? d.Key ?? ''),
                unit: String(d.Unit ?? ''),
                type: types.includes('Metered') ? ('Metered' as const) : ('Entitled' as const),
            };
        }),
    };
}

/**
 * `from-entity`: the form file of a clone of a described resale authorization (the JSON
 * `aws marketplace-catalog describe-entity` prints). `exact` keeps the name and documents.
 */
export function fromEntityCommand(
    text: string,
    options: { exact: boolean; productType: string },
): CommandResult {
    const described = JSON.parse(text) as Record<string, unknown>;
    const details =
        typeof described.Details === 'string'
            ? (JSON.parse(described.Details) as Record<string, unknown>)
            : ((described.DetailsDocument ?? described) as Record<string, unknown>);
    const productType = z.safeParse(productTypeSchema, options.productType);
    if (!productType.success) {
        throw new Error(
            `Unknown product type "${options.productType}": use ${productTypeSchema.options.join(', ')}.`,
        );
    }
    const form = options.exact ? formFromEntity(details) : fromEntity(details);
    return {
        output: json({ product: productOfEntity(details, productType.data), form }),
        exitCode: 0,
    };
}
