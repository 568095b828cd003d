import fs from 'fs';
import {
    formFromEntity,
    fromEntity,
    toRestrictChangeSet,
    toStartChangeSet,
    validate,
} from 'c/raDomain';
import {
    CREATING_SAMPLES,
    SAMPLES_DIR,
    SAMPLE_TODAY,
    normalizeChangeSet,
    readSample,
} from './sampleForms';
import { describedEntity } from './describedEntity';
import { SAMPLE_PRODUCT } from './testProducts';

const TOKEN = 'token-0001';

describe('official sample change sets', () => {
    it('has a form for every sample that creates a resale authorization', () => {
        const creating = fs
            .readdirSync(SAMPLES_DIR)
            .filter((file) => file.endsWith('.json'))
            .filter((file) =>
                readSample(file).ChangeSet.some(
                    (c) => c.ChangeType === 'CreateResaleAuthorization',
                ),
            );
        expect(CREATING_SAMPLES.map((s) => s.file).sort()).toEqual(creating.sort());
    });

    describe.each(CREATING_SAMPLES)('$file', ({ file, form, intent }) => {
        const sample = readSample(file);

        it('is produced by its form, which passes validation', () => {
            expect(
                validate(form, SAMPLE_PRODUCT, SAMPLE_TODAY, {
                    purpose: intent === 'draft' ? 'draft' : 'publish',
                }),
            ).toEqual([]);
            const request = toStartChangeSet(form, SAMPLE_PRODUCT, {
                intent,
                clientRequestToken: TOKEN,
            });
            expect(request.Catalog).toBe(sample.Catalog);
            expect(request.ClientRequestToken).toBe(TOKEN);
            expect(normalizeChangeSet(request)).toEqual(normalizeChangeSet(sample));
        });

        it('round-trips: the described entity maps back to the same change set', () => {
            const entity = describedEntity(
                sample.ChangeSet,
                SAMPLE_PRODUCT,
                intent === 'draft' ? 'Draft' : 'Active',
            );
            const again = toStartChangeSet(
                formFromEntity({ DetailsDocument: entity }),
                SAMPLE_PRODUCT,
                {
                    intent,
                    clientRequestToken: TOKEN,
                },
            );
            expect(normalizeChangeSet(again)).toEqual(normalizeChangeSet(sample));
        });

        it('clones with a copy name and custom documents to upload again', () => {
            const entity = describedEntity(sample.ChangeSet, SAMPLE_PRODUCT, 'Active');
            const clone = fromEntity({ Details: JSON.stringify(entity) });
            expect(clone.name).toBe('TestResaleAuthorization Copy');
            const documents = [clone.buyerLegalTerms, clone.resellerLegalTerms].map((terms) => ({
                custom: terms.type.startsWith('Custom'),
                uploadAgain: terms.document?.mustUploadAgain ?? null,
                url: terms.document?.url ?? null,
            }));
            expect(documents).toEqual(
                documents.map(({ custom }) =>
                    custom
                        ? { custom, uploadAgain: true, url: '' }
                        : { custom, uploadAgain: null, url: null },
                ),
            );
            const original = formFromEntity(entity);
            expect({
                ...clone,
                name: original.name,
                buyerLegalTerms: original.buyerLegalTerms,
                resellerLegalTerms: original.resellerLegalTerms,
            }).toEqual(original);
        });
    });

    it('RestrictResaleAuthorization: deactivation of an existing entity', () => {
        const sample = readSample('RestrictResaleAuthorization.json');
        const request = toRestrictChangeSet('resaleauthz-1111111111111', TOKEN);
        expect(normalizeChangeSet(request)).toEqual(normalizeChangeSet(sample));
    });

    it('UpdateUnpublishedResaleAuthorization: what its nested change means, on an existing draft', () => {
        const sample = readSample('UpdateUnpublishedResaleAuthorization.json') as unknown as {
            ChangeSet: { ChangeSet: unknown[] }[];
        };
        const inner = sample.ChangeSet[0]?.ChangeSet ?? [];
        const form = CREATING_SAMPLES[0]?.form;
        if (!form) {
            throw new Error('missing draft sample form');
        }
        const request = toStartChangeSet(form, SAMPLE_PRODUCT, {
            intent: 'draft',
            clientRequestToken: TOKEN,
            entityId: 'resaleauthz-1111111111111',
        });
        expect(normalizeChangeSet(request)).toEqual(normalizeChangeSet({ ChangeSet: inner }));
    });

    it('publishing an existing draft entity completes it and releases it, creating nothing', () => {
        const { form } =
            CREATING_SAMPLES.find((s) => s.file === 'OnetimeResaleauthCustomEula.json') ?? {};
        if (!form) {
            throw new Error('missing sample form');
        }
        const request = toStartChangeSet(form, SAMPLE_PRODUCT, {
            intent: 'publish',
            clientRequestToken: TOKEN,
            entityId: 'resaleauthz-2222222222222',
        });
        const types = (request.ChangeSet ?? []).map((c) => c.ChangeType);
        expect(types).not.toContain('CreateResaleAuthorization');
        expect(types).toContain('ReleaseResaleAuthorization');
        expect(
            (request.ChangeSet ?? []).every(
                (c) => c.Entity?.Identifier === 'resaleauthz-2222222222222',
            ),
        ).toBe(true);
    });

    it('asks AWS to apply every change set: there is no VALIDATE for resale authorizations', () => {
        const { form } = CREATING_SAMPLES[1] ?? {};
        if (!form) {
            throw new Error('missing sample form');
        }
        expect(
            toStartChangeSet(form, SAMPLE_PRODUCT, { intent: 'publish', clientRequestToken: TOKEN })
                .Intent,
        ).toBeUndefined();
    });
});
