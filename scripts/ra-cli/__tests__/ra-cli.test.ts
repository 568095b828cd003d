import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { changesetCommand, fromEntityCommand, validateCommand } from '../commands';
import { PROJECT_ROOT } from '../../build/paths';

const EXAMPLES = path.join(PROJECT_ROOT, 'scripts', 'examples');
const TODAY = '2026-11-24';
const example = (name: string): string => fs.readFileSync(path.join(EXAMPLES, name), 'utf8');

interface ChangeOut {
    ChangeType: string;
    Entity: { Identifier?: string };
    DetailsDocument: Record<string, unknown>;
}

describe('npm run ra', () => {
    it.each(['contract-fps-custom-eula.json', 'usage-multi-use.json', 'renewal-one-time.json'])(
        'validate %s finds no problem',
        (file) => {
            expect(validateCommand(example(file), TODAY)).toEqual({
                output: 'No problems found.\n',
                exitCode: 0,
            });
        },
    );

    it('validate prints each problem with its field and exits 1', () => {
        const broken = JSON.parse(example('usage-multi-use.json')) as {
            form: Record<string, unknown>;
        };
        broken.form.resellerAccountId = '42';
        const result = validateCommand(JSON.stringify(broken), TODAY);
        expect(result.exitCode).toBe(1);
        expect(result.output).toContain(
            "resellerAccountId: Enter the reseller's AWS account ID as 12 digits.",
        );
    });

    it('changeset prints one StartChangeSet request with the given token, --draft without release', () => {
        const publish = JSON.parse(
            changesetCommand(example('contract-fps-custom-eula.json'), {
                intent: 'publish',
                token: 'abc',
                today: TODAY,
            }).output,
        ) as {
            ClientRequestToken: string;
            ChangeSet: ChangeOut[];
        };
        expect(publish.ClientRequestToken).toBe('abc');
        expect(publish.ChangeSet.map((c) => c.ChangeType)).toEqual([
            'CreateResaleAuthorization',
            'UpdatePricingTerms',
            'UpdatePaymentScheduleTerms',
            'UpdateLegalTerms',
            'UpdateBuyerTargetingTerms',
            'UpdateAvailability',
            'UpdateNetPaymentTerms',
            'ReleaseResaleAuthorization',
        ]);
        const draft = JSON.parse(
            changesetCommand(example('contract-fps-custom-eula.json'), {
                intent: 'draft',
                today: TODAY,
            }).output,
        ) as { ChangeSet: ChangeOut[]; ClientRequestToken: string };
        expect(draft.ChangeSet.map((c) => c.ChangeType)).not.toContain(
            'ReleaseResaleAuthorization',
        );
        expect(draft.ClientRequestToken).toMatch(/^[0-9a-f-]{36}$/);
        // AWS has no VALIDATE for resale authorizations: every change set is applied.
        expect((draft as { Intent?: string }).Intent).toBeUndefined();
    });

    it('from-entity --exact then changeset gives back the change set that creates the same resale authorization', () => {
        const formFile = fromEntityCommand(example('describe-entity.json'), {
            exact: true,
            productType: 'SaaS',
        }).output;
        const request = JSON.parse(
            changesetCommand(formFile, { intent: 'publish', token: 't', today: TODAY }).output,
        ) as { ChangeSet: ChangeOut[] };
        const byType = Object.fromEntries(
            request.ChangeSet.map((c) => [c.ChangeType, c.DetailsDocument]),
        );
        expect(byType).toEqual({
            CreateResaleAuthorization: {
                ProductId: 'prod-saas-analytics',
                Name: 'Acme Analytics 2029',
                Description: 'Two year contract',
                ResellerAccountId: '111122223333',
            },
            UpdatePricingTerms: {
                PricingModel: 'Contract',
                Terms: [
                    {
                        Type: 'ResaleConfigurableUpfrontPricingTerm',
                        CurrencyCode: 'USD',
                        RateCards: [
                            {
                                Selector: { Type: 'Duration', Value: 'P24M' },
                                RateCard: [{ DimensionKey: 'Seats', Price: '40.00' }],
                                Constraints: {
                                    MultipleDimensionSelection: 'Allowed',
                                    QuantityConfiguration: 'Allowed',
                                },
                            },
                        ],
                    },
                ],
            },
            UpdateLegalTerms: {
                Terms: [
                    {
                        Type: 'BuyerLegalTerm',
                        Documents: [
                            {
                                Type: 'CustomEula',
                                Url: 'https://ra-legal-documents.s3.amazonaws.com/acme/eula.pdf',
                            },
                        ],
                    },
                    { Type: 'ResaleLegalTerm', Documents: [{ Type: 'StandardResellerContract' }] },
                ],
            },
            UpdateBuyerTargetingTerms: {
                Terms: [
                    {
                        Type: 'BuyerTargetingTerm',
                        PositiveTargeting: { BuyerAccounts: ['444455556666'] },
                    },
                ],
            },
            UpdateAvailability: { AvailabilityEndDate: '2029-05-31' },
            ReleaseResaleAuthorization: {},
        });
    });

    it('from-entity prints a clone: a copy name, and the custom EULA must be uploaded again', () => {
        const clone = JSON.parse(
            fromEntityCommand(example('describe-entity.json'), {
                exact: false,
                productType: 'SaaS',
            }).output,
        ) as {
            form: {
                name: string;
                buyerLegalTerms: { document: { mustUploadAgain: boolean; url: string } };
            };
        };
        expect(clone.form.name).toBe('Acme Analytics 2029 Copy');
        expect(clone.form.buyerLegalTerms.document).toMatchObject({
            mustUploadAgain: true,
            url: '',
        });
        const refused = changesetCommand(JSON.stringify(clone), {
            intent: 'publish',
            today: TODAY,
        });
        expect(refused.exitCode).toBe(1);
        expect(refused.output).toContain('CustomEulaUploadAgain');
    });

    it('runs as a command: exit code 1 and the problems on stdout', () => {
        const broken = JSON.parse(example('renewal-one-time.json')) as {
            form: Record<string, unknown>;
        };
        broken.form.buyerAccountsText = '';
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ra-cli-')), 'form.json');
        fs.writeFileSync(file, JSON.stringify(broken));
        const run = spawnSync(
            path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
            ['scripts/ra-cli/main.ts', 'validate', file, '--today', TODAY],
            {
                cwd: PROJECT_ROOT,
                encoding: 'utf8',
            },
        );
        expect(run.status).toBe(1);
        expect(run.stdout).toContain(
            'buyerAccountsText: A renewal needs at least one buyer account',
        );
    });
});
