import fs from 'fs';
import path from 'path';
import { emptyFormState } from 'c/raDomain';
import type { ChangeSetIntent, FormState } from 'c/raDomain';

export const SAMPLES_DIR = path.join(
    __dirname,
    '..',
    '..',
    '..',
    'scripts',
    'test',
    'fixtures',
    'official-changesets',
);

export interface ChangeJson {
    ChangeType: string;
    ChangeName?: string;
    Entity: { Type: string; Identifier?: string };
    DetailsDocument?: Record<string, unknown>;
}

export interface ChangeSetJson {
    Catalog: string;
    ChangeSet: ChangeJson[];
}

export function readSample(file: string): ChangeSetJson {
    return JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, file), 'utf8')) as ChangeSetJson;
}

/** A day before every date the samples use, so their dates are "in the future". */
export const SAMPLE_TODAY = '2023-01-01';

const CUSTOM_EULA = 'https://s3.amazonaws.com/sample-bucket/custom-eula.pdf';
const CUSTOM_RESELLER_CONTRACT =
    'https://s3.amazonaws.com/aws-mp-standard-contracts/Standard-Contact-for-AWS-Marketplace-2022-07-14.pdf';

function base(): FormState {
    const form = emptyFormState('prod-1111111111111');
    form.name = 'TestResaleAuthorization';
    form.description = 'Worldwide ResaleAuthorization for Test Product';
    form.resellerAccountId = '111111111111';
    return form;
}

/** Contract pricing: 150 for t2.small over 12 months, with a custom EULA. */
function contract(change: (form: FormState) => void = () => undefined): FormState {
    const form = base();
    form.dimensions = [{ key: 't2.small', rate: '150', quantity: '' }];
    form.buyerLegalTerms = {
        type: 'CustomEula',
        document: { url: CUSTOM_EULA, fileName: 'custom-eula.pdf', mustUploadAgain: false },
    };
    change(form);
    return form;
}

const withResellerContract = (form: FormState): void => {
    form.resellerLegalTerms = {
        type: 'CustomResellerContract',
        document: {
            url: CUSTOM_RESELLER_CONTRACT,
            fileName: 'Standard-Contact-for-AWS-Marketplace-2022-07-14.pdf',
            mustUploadAgain: false,
        },
    };
};

export interface SampleForm {
    file: string;
    form: FormState;
    intent: ChangeSetIntent;
}

/** For every official sample that creates a resale authorization, the form that produces it. */
export const CREATING_SAMPLES: SampleForm[] = [
    { file: 'DraftResaleauthAllProductType.json', form: base(), intent: 'draft' },
    {
        file: 'MultiuseResaleauthExpirydateCPPO.json',
        form: contract((f) => (f.availability.expiryDate = '2023-05-31')),
        intent: 'publish',
    },
    {
        file: 'MultiuseResaleauthExpirydateCustomEula.json',
        form: contract((f) => (f.availability.expiryDate = '2023-05-31')),
        intent: 'publish',
    },
    {
        file: 'MultiuseResaleauthExpirydateCustomresellerContractdoc.json',
        form: contract((f) => {
            f.availability.expiryDate = '2023-05-31';
            withResellerContract(f);
        }),
        intent: 'publish',
    },
    { file: 'MultiuseResaleauthNoExpirdateCustomEula.json', form: contract(), intent: 'publish' },
    {
        file: 'MultiuseResaleauthNoExpirydateCustomResellerContractdoc.json',
        form: contract(withResellerContract),
        intent: 'publish',
    },
    { file: 'MultiuseResaleautoNoExpirydateCPPO.json', form: contract(), intent: 'publish' },
    {
        file: 'OnetimeResaleauthCustomEula.json',
        form: contract((f) => (f.availability.usage = 'oneTime')),
        intent: 'publish',
    },
    {
        file: 'OnetimeResaleauthCustomresellerContractdoc.json',
        form: contract((f) => (f.availability.usage = 'oneTime')),
        intent: 'publish',
    },
    {
        file: 'OnetimeResaleauthPrivateoffer.json',
        form: contract((f) => (f.availability.usage = 'oneTime')),
        intent: 'publish',
    },
    {
        file: 'OnetimeResaleauthRenewal.json',
        form: (() => {
            const f = base();
            f.buyerAccountsText = '222222222222';
            f.availability.usage = 'oneTime';
            f.renewal = {
                isRenewal: true,
                acquisitionChannel: 'AwsMarketplace',
                pricingModel: 'Contract',
            };
            return f;
        })(),
        intent: 'draft',
    },
    {
        file: 'PublishMultiuseResaleAuthExpirydateSpecificBuyer.json',
        form: contract((f) => {
            f.availability.expiryDate = '2023-05-31';
            f.buyerAccountsText = '111111111111';
        }),
        intent: 'publish',
    },
    {
        file: 'PublishMultiuseResaleAuthNoExpirydateSpecificBuyer.json',
        form: contract((f) => (f.buyerAccountsText = '111111111111')),
        intent: 'publish',
    },
    {
        file: 'PublishOnetimeResaleAuthFlexiblePayment.json',
        form: contract((f) => {
            f.flexiblePaymentSchedule = true;
            f.dimensions = [{ key: 'Users', rate: '', quantity: '10' }];
            f.availability = { usage: 'oneTime', expiryDate: '2023-06-30' };
            f.paymentSchedule = [
                { chargeDate: '2023-09-01', amount: '200.00' },
                { chargeDate: '2023-12-01', amount: '250.00' },
            ];
        }),
        intent: 'publish',
    },
    {
        file: 'PublishOnetimeResaleAuthSpecificBuyer.json',
        form: contract((f) => {
            f.availability.usage = 'oneTime';
            f.buyerAccountsText = '111111111111';
        }),
        intent: 'publish',
    },
];

/**
 * A change set as data, for comparison: changes sorted by type, the created entity's reference
 * and labels made neutral, request-level fields the samples do not carry dropped. The sample
 * PublishOnetimeResaleAuthSpecificBuyer writes `OffersMaxQuantity` as the string "1" (the
 * API's type is an integer): it is read as the number it means.
 */
export function normalizeChangeSet(input: { ChangeSet?: unknown[] }): ChangeJson[] {
    return (input.ChangeSet ?? [])
        .map((raw) => {
            const change = raw as ChangeJson;
            const identifier = change.Entity.Identifier;
            const details = { ...(change.DetailsDocument ?? {}) };
            if (typeof details.OffersMaxQuantity === 'string') {
                details.OffersMaxQuantity = Number(details.OffersMaxQuantity);
            }
            return {
                ChangeType: change.ChangeType,
                Entity: {
                    Type: change.Entity.Type,
                    ...(identifier
                        ? { Identifier: identifier.startsWith('$') ? '$CREATED' : identifier }
                        : {}),
                },
                DetailsDocument: details,
            };
        })
        .sort((a, b) => a.ChangeType.localeCompare(b.ChangeType));
}
