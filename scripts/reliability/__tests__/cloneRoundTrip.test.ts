/**
 * A clone keeps every term of the resale authorization it copies: the entity AWS describes
 * becomes a form (`fromEntity`), the form a change set (`toStartChangeSet`), and the entity the
 * simulator makes of that change set carries the same terms and rules as the original, the
 * rate card's Constraints (MultipleDimensionSelection, QuantityConfiguration) included. The
 * originals are AWS's own sample change sets (scripts/test/fixtures/official-changesets, MIT
 * No Attribution, see the LICENSE there), with each setting of the constraints, and forms
 * generated with fast-check for every product of the simulator's seed.
 */
import fc from 'fast-check';
import type { StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';
import { toStartChangeSet } from '../../../lwc-src/raDomain/changeSet';
import { fromEntity } from '../../../lwc-src/raDomain/entityToForm';
import type { FormState } from '../../../lwc-src/raDomain/formState';
import type { Product } from '../../../lwc-src/raDomain/product';
import { validate } from '../../../lwc-src/raDomain/validation';
import type { CatalogService } from '../../catalog-simulator/catalogService';
import { readSample, SAMPLE_TODAY } from '../../catalog-simulator/__tests__/simulatorHarness';
import { throwawayCatalog } from '../../catalog-simulator/throwawayCatalog';
import { coherentFormArb } from '../formArbitraries';
import { FUZZ_PRODUCTS } from '../seedCatalog';

type Json = Record<string, unknown>;

const CATALOG = 'AWSMarketplace';
const TODAY = '2026-11-24';
const SETTINGS = ['Allowed', 'Disallowed'] as const;

/** Applies a change set; the id of the resale authorization it made (it must succeed). */
function apply(catalog: CatalogService, request: StartChangeSetCommandInput): string {
    const started = catalog.startChangeSet(JSON.parse(JSON.stringify(request)));
    const described = catalog.describeChangeSet(
        new URLSearchParams({ catalog: CATALOG, changeSetId: String(started.ChangeSetId) }),
    );
    const changes = (described.ChangeSet ?? []) as Json[];
    if (described.Status !== 'SUCCEEDED') {
        throw new Error(
            `${String(described.Status)}: ${JSON.stringify(changes.map((c) => c.ErrorDetailList))}`,
        );
    }
    return String((changes[0]?.Entity as Json).Identifier);
}

function entityDetails(catalog: CatalogService, entityId: string): Json {
    return catalog.describeEntity(new URLSearchParams({ catalog: CATALOG, entityId }))
        .DetailsDocument as Json;
}

const withoutId = (item: unknown): Json => {
    const rest = { ...(item as Json) };
    delete rest.Id;
    return rest;
};
const byType = (a: Json, b: Json) => String(a.Type).localeCompare(String(b.Type));

/** What a resale authorization holds, its name, ids and dates of creation aside. */
function termsAndRules(details: Json): Json {
    return {
        ProductId: details.ProductId,
        Description: details.Description,
        Status: details.Status,
        PreExistingBuyerAgreement: details.PreExistingBuyerAgreement,
        Terms: ((details.Terms as Json[]) ?? []).map(withoutId).sort(byType),
        Rules: ((details.Rules as Json[]) ?? []).map(withoutId).sort(byType),
    };
}

/**
 * The clone a user publishes: the entity's form as the wizard opens it, the custom documents
 * uploaded again (the same files, so at the same addresses).
 */
function publishedClone(
    catalog: CatalogService,
    original: Json,
    product: Product,
    today: string,
): Json {
    const clone = fromEntity({ DetailsDocument: original });
    const uploadedAgain = (terms: FormState['buyerLegalTerms'], type: string) => {
        const term = ((original.Terms as Json[]) ?? []).find((t) => t.Type === type);
        const url = String(((term?.Documents as Json[] | undefined)?.[0] ?? {}).Url ?? '');
        return terms.document
            ? { ...terms, document: { ...terms.document, url, mustUploadAgain: false } }
            : terms;
    };
    const form: FormState = {
        ...clone,
        buyerLegalTerms: uploadedAgain(clone.buyerLegalTerms, 'BuyerLegalTerm'),
        resellerLegalTerms: {
            ...uploadedAgain(
                clone.resellerLegalTerms as FormState['buyerLegalTerms'],
                'ResaleLegalTerm',
            ),
            type: clone.resellerLegalTerms.type,
        },
    };
    expect(validate(form, product, today)).toEqual([]);
    const copyId = apply(catalog, toStartChangeSet(form, product, { intent: 'publish' }));
    return entityDetails(catalog, copyId);
}

/** A sample with the constraints of its rate cards set as given. */
function withConstraints(
    sample: StartChangeSetCommandInput,
    constraints: { MultipleDimensionSelection: string; QuantityConfiguration: string },
): StartChangeSetCommandInput {
    const copy = JSON.parse(JSON.stringify(sample)) as StartChangeSetCommandInput;
    for (const change of copy.ChangeSet ?? []) {
        for (const term of ((change.DetailsDocument as Json | undefined)?.Terms as Json[]) ?? []) {
            for (const card of (term.RateCards as Json[] | undefined) ?? []) {
                if (term.Type === 'ResaleConfigurableUpfrontPricingTerm') {
                    card.Constraints = constraints;
                }
            }
        }
    }
    return copy;
}

const SAMPLE_PRODUCT = FUZZ_PRODUCTS.find((p) => p.productId === 'prod-1111111111111') as Product;

describe('a clone keeps every term of what it copies', () => {
    // The samples that publish a contract priced per dimension (a rate card to constrain).
    const samples = [
        'MultiuseResaleauthExpirydateCustomEula.json',
        'PublishMultiuseResaleAuthExpirydateSpecificBuyer.json',
        'PublishOnetimeResaleAuthSpecificBuyer.json',
        'OnetimeResaleauthPrivateoffer.json',
        'MultiuseResaleauthNoExpirydateCustomResellerContractdoc.json',
    ];
    const settings = SETTINGS.flatMap((multiple) =>
        SETTINGS.map((quantity) => ({
            MultipleDimensionSelection: multiple,
            QuantityConfiguration: quantity,
        })),
    );

    it.each(samples.flatMap((file) => settings.map((constraints) => [file, constraints] as const)))(
        '%s with %j',
        (file, constraints) => {
            const catalog = throwawayCatalog(SAMPLE_TODAY);
            const sample = withConstraints(readSample(file), constraints);
            const original = entityDetails(catalog, apply(catalog, sample));
            const pricing = ((original.Terms as Json[]) ?? []).find(
                (t) => t.Type === 'ResaleConfigurableUpfrontPricingTerm',
            );
            expect((pricing?.RateCards as Json[])[0]?.Constraints).toEqual(constraints);

            const copy = publishedClone(catalog, original, SAMPLE_PRODUCT, SAMPLE_TODAY);

            expect(copy.Name).toBe(`${String(original.Name)} Copy`);
            expect(termsAndRules(copy)).toEqual(termsAndRules(original));
        },
    );

    it('for any form of any product of the seed: entity → form → change set → entity', () => {
        const product = fc.constantFrom(...FUZZ_PRODUCTS);
        const published = product.chain((p) =>
            coherentFormArb({ product: p, today: TODAY, products: FUZZ_PRODUCTS })
                .filter((form) => validate(form, p, TODAY).length === 0)
                .map((form) => ({ product: p, form })),
        );
        let disallowed = 0;
        fc.assert(
            fc.property(published, ({ product: p, form }) => {
                const catalog = throwawayCatalog(TODAY);
                const request = toStartChangeSet(form, p, { intent: 'publish' });
                const original = entityDetails(catalog, apply(catalog, request));
                const copy = publishedClone(catalog, original, p, TODAY);
                expect(termsAndRules(copy)).toEqual(termsAndRules(original));
                if (Object.values(form.rateCardConstraints).includes('Disallowed')) {
                    disallowed += 1;
                }
            }),
            { seed: 20_261_125, numRuns: 150 },
        );
        // The forms did set the constraints to Disallowed, not only the API's default.
        expect(disallowed).toBeGreaterThan(10);
    });
});
