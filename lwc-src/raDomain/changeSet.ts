import type { Change, StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';
import { parseBuyerAccounts } from './buyerAccounts';
import { effectivePricingModel, formLayout, usesFlexiblePaymentSchedule } from './dynamicFields';
import { contractDurationOf } from './formState';
import type { FormState } from './formState';
import type { Product } from './product';
import type { DraftInput } from './apexContract';

export const CATALOG = 'AWSMarketplace';
export const RESALE_AUTHORIZATION_ENTITY_TYPE = 'ResaleAuthorization@1.0';

/** Every change type this app sends; the server-side allowlists mirror it. */
export const PRODUCED_CHANGE_TYPES = [
    'CreateResaleAuthorization',
    'UpdatePricingTerms',
    'UpdatePaymentScheduleTerms',
    'UpdateLegalTerms',
    'UpdateBuyerTargetingTerms',
    'UpdateAvailability',
    'UpdateBuyerValidityTerms',
    'UpdateNetPaymentTerms',
    'UpdateInformation',
    'ReleaseResaleAuthorization',
    'RestrictResaleAuthorization',
] as const;
export type ProducedChangeType = (typeof PRODUCED_CHANGE_TYPES)[number];

/**
 * `publish` releases to the reseller; `draft` leaves a Draft entity. Both are applied: AWS has
 * no `Intent: VALIDATE` for resale authorizations (only for single-AMI product versions).
 */
export type ChangeSetIntent = 'publish' | 'draft';

export interface ChangeSetOptions {
    intent: ChangeSetIntent;
    /**
     * Idempotency key (1–64 printable ASCII characters). The server gives one to the request it
     * freezes; absent here, the request has none yet.
     */
    clientRequestToken?: string;
    /** An existing Draft entity to complete instead of creating a new one. */
    entityId?: string;
}

/** Label of the create change; later changes refer to its entity as `$<label>.Entity.Identifier`. */
const CREATE_CHANGE_NAME = 'ResaleAuthorization';
// UpdateInformation's Name pattern allows no spaces: a name with spaces is only sent on create.
const UPDATE_INFORMATION_NAME = /^[A-Za-z0-9]+$/;

type Details = NonNullable<Change['DetailsDocument']>;

function change(
    changeType: ProducedChangeType,
    identifier: string | undefined,
    details: Details,
): Change {
    return {
        ChangeType: changeType,
        Entity: identifier
            ? { Type: RESALE_AUTHORIZATION_ENTITY_TYPE, Identifier: identifier }
            : { Type: RESALE_AUTHORIZATION_ENTITY_TYPE },
        DetailsDocument: details,
    };
}

function pricedDimensions(
    form: FormState,
    product: Product,
): { key: string; rate: string; quantity: string }[] {
    return formLayout(form, product).dimensions.flatMap(({ dimension }) => {
        const price = form.dimensions.find((d) => d.key === dimension.key);
        return price
            ? [{ key: dimension.key, rate: price.rate.trim(), quantity: price.quantity.trim() }]
            : [];
    });
}

function pricingTerms(form: FormState, product: Product): Details | null {
    const dimensions = pricedDimensions(form, product);
    const pricingModel = effectivePricingModel(form, product);
    if (pricingModel === 'Usage') {
        const rateCard = dimensions
            .filter((d) => d.rate !== '')
            .map((d) => ({ DimensionKey: d.key, Price: d.rate }));
        return rateCard.length === 0
            ? null
            : {
                  PricingModel: 'Usage',
                  Terms: [
                      {
                          Type: 'ResaleUsageBasedPricingTerm',
                          CurrencyCode: 'USD',
                          RateCards: [{ RateCard: rateCard }],
                      },
                  ],
              };
    }
    const duration = contractDurationOf(form);
    if (usesFlexiblePaymentSchedule(form, product)) {
        const grants = dimensions
            .filter((d) => d.quantity !== '')
            .map((d) => ({ DimensionKey: d.key, MaxQuantity: Number(d.quantity) }));
        return grants.length === 0
            ? null
            : {
                  PricingModel: 'Contract',
                  Terms: [
                      {
                          Type: 'ResaleFixedUpfrontPricingTerm',
                          CurrencyCode: 'USD',
                          // Open question 5: with a payment schedule the amounts are in the schedule.
                          Price: '0.00',
                          Duration: duration,
                          Grants: grants,
                      },
                  ],
              };
    }
    const rateCard = dimensions
        .filter((d) => d.rate !== '')
        .map((d) => ({ DimensionKey: d.key, Price: d.rate }));
    return rateCard.length === 0
        ? null
        : {
              PricingModel: 'Contract',
              Terms: [
                  {
                      Type: 'ResaleConfigurableUpfrontPricingTerm',
                      CurrencyCode: form.currencyCode,
                      RateCards: [
                          {
                              Selector: { Type: 'Duration', Value: duration },
                              RateCard: rateCard,
                              Constraints: {
                                  MultipleDimensionSelection:
                                      form.rateCardConstraints.multipleDimensionSelection,
                                  QuantityConfiguration:
                                      form.rateCardConstraints.quantityConfiguration,
                              },
                          },
                      ],
                  },
              ],
          };
}

function legalTerms(form: FormState): Details | null {
    const buyer = form.buyerLegalTerms;
    if (buyer.type === '') {
        return null;
    }
    const terms: Details[] = [
        {
            Type: 'BuyerLegalTerm',
            Documents: [
                buyer.type === 'CustomEula'
                    ? { Type: 'CustomEula', Url: buyer.document?.url.trim() ?? '' }
                    : { Type: buyer.type },
            ],
        },
    ];
    const reseller = form.resellerLegalTerms;
    if (reseller.type !== '') {
        terms.push({
            Type: 'ResaleLegalTerm',
            Documents: [
                reseller.type === 'CustomResellerContract'
                    ? { Type: 'CustomResellerContract', Url: reseller.document?.url.trim() ?? '' }
                    : { Type: reseller.type },
            ],
        });
    }
    return { Terms: terms };
}

function availability(form: FormState): Details | null {
    const details: Record<string, string | number> = {};
    const expiry = form.availability.expiryDate.trim();
    if (expiry !== '') {
        details.AvailabilityEndDate = expiry;
    }
    if (form.availability.usage === 'oneTime') {
        details.OffersMaxQuantity = 1;
    }
    return Object.keys(details).length > 0 ? details : null;
}

/**
 * UpdateInformation: the renewal marker, and on an existing entity the name and description
 * (a new entity gets them from its create change).
 */
function informationDetails(form: FormState, createdInThisChangeSet: boolean): Details | null {
    if (createdInThisChangeSet && !form.renewal.isRenewal) {
        return null;
    }
    const information: Details = {};
    const name = form.name.trim();
    if (UPDATE_INFORMATION_NAME.test(name)) {
        information.Name = name;
    }
    if (form.description.trim() !== '') {
        information.Description = form.description.trim();
    }
    if (form.renewal.isRenewal) {
        information.PreExistingBuyerAgreement = {
            AcquisitionChannel: form.renewal.acquisitionChannel,
            PricingModel: form.renewal.pricingModel,
        };
    }
    return Object.keys(information).length > 0 ? information : null;
}

/** The term and information changes of a form, all on one entity identifier. */
function updateChanges(form: FormState, product: Product, identifier: string): Change[] {
    const changes: Change[] = [];
    const pricing = pricingTerms(form, product);
    if (pricing) {
        changes.push(change('UpdatePricingTerms', identifier, pricing));
    }
    if (usesFlexiblePaymentSchedule(form, product) && form.paymentSchedule.length > 0) {
        changes.push(
            change('UpdatePaymentScheduleTerms', identifier, {
                Terms: [
                    {
                        Type: 'ResalePaymentScheduleTerm',
                        CurrencyCode: 'USD',
                        Schedule: form.paymentSchedule.map((row) => ({
                            ChargeDate: row.chargeDate.trim(),
                            ChargeAmount: row.amount.trim(),
                        })),
                    },
                ],
            }),
        );
    }
    const legal = legalTerms(form);
    if (legal) {
        changes.push(change('UpdateLegalTerms', identifier, legal));
    }
    const buyers = parseBuyerAccounts(form.buyerAccountsText).accounts;
    if (buyers.length > 0) {
        changes.push(
            change('UpdateBuyerTargetingTerms', identifier, {
                Terms: [
                    { Type: 'BuyerTargetingTerm', PositiveTargeting: { BuyerAccounts: buyers } },
                ],
            }),
        );
    }
    const available = availability(form);
    if (available) {
        changes.push(change('UpdateAvailability', identifier, available));
    }
    if (form.futureStart.enabled && product.productType === 'SaaS') {
        changes.push(
            change('UpdateBuyerValidityTerms', identifier, {
                Terms: [
                    {
                        Type: 'BuyerValidityTerm',
                        MaximumAgreementStartDate:
                            form.futureStart.maximumAgreementStartDate.trim(),
                    },
                ],
            }),
        );
    }
    if (form.netPaymentPeriod !== '') {
        changes.push(
            change('UpdateNetPaymentTerms', identifier, {
                Terms: [{ Type: 'ResaleNetPaymentTerm', PaymentDuePeriod: form.netPaymentPeriod }],
            }),
        );
    }
    const information = informationDetails(form, identifier.startsWith('$'));
    if (information) {
        changes.push(change('UpdateInformation', identifier, information));
    }
    return changes;
}

function request(
    changes: Change[],
    options: { intent: ChangeSetIntent; clientRequestToken?: string },
    name: string,
): StartChangeSetCommandInput {
    return {
        Catalog: CATALOG,
        ChangeSet: changes,
        ChangeSetName: name,
        ...(options.clientRequestToken ? { ClientRequestToken: options.clientRequestToken } : {}),
    };
}

/**
 * The one StartChangeSet request that creates (or completes, given `entityId`) a resale
 * authorization from a form: create, then every term, availability and renewal update chained
 * on the created entity, and the release when publishing. Call it on a validated form.
 */
export function toStartChangeSet(
    form: FormState,
    product: Product,
    options: ChangeSetOptions,
): StartChangeSetCommandInput {
    const changes: Change[] = [];
    let identifier = options.entityId;
    if (!identifier) {
        const details: Details = {
            ProductId: form.productId,
            Name: form.name.trim(),
            ResellerAccountId: form.resellerAccountId.trim(),
        };
        if (form.description.trim() !== '') {
            details.Description = form.description.trim();
        }
        changes.push({
            ...change('CreateResaleAuthorization', undefined, details),
            ChangeName: CREATE_CHANGE_NAME,
        });
        identifier = `$${CREATE_CHANGE_NAME}.Entity.Identifier`;
    }
    changes.push(...updateChanges(form, product, identifier));
    if (options.intent !== 'draft') {
        changes.push(change('ReleaseResaleAuthorization', identifier, {}));
    }
    const verb = options.entityId
        ? options.intent === 'draft'
            ? 'Update draft'
            : 'Publish draft'
        : 'Create';
    return request(changes, options, changeSetName(`${verb} ${form.name}`));
}

/** Deactivation: the resale authorization becomes Restricted (irreversible). */
export function toRestrictChangeSet(
    entityId: string,
    clientRequestToken?: string,
): StartChangeSetCommandInput {
    return request(
        [change('RestrictResaleAuthorization', entityId, {})],
        { intent: 'publish', clientRequestToken },
        changeSetName(`Restrict ${entityId}`),
    );
}

/** ChangeSetName: 1–100 characters of `^[\w\s+=.:@-]+$`. */
function changeSetName(text: string): string {
    const cleaned = text
        .replace(/[^\w\s+=.:@-]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 100);
    return cleaned || 'Resale authorization';
}

/** What the Salesforce record stores beside the form state. */
export function draftSummary(
    form: FormState,
    product: Product | null,
    recordId: string | null = null,
    sellerAccount: string | null = null,
): DraftInput {
    return {
        recordId,
        sellerAccount,
        name: form.name.trim(),
        productId: form.productId,
        productTitle: product && product.productId === form.productId ? product.title : null,
        resellerAccountId: form.resellerAccountId.trim(),
        expiryDate: form.availability.expiryDate.trim() || null,
        formStateJson: JSON.stringify(form),
    };
}
