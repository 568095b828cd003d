/**
 * `SellerAccounts.cls` in TypeScript: the AWS seller accounts of the org (its
 * `Seller_Account__mdt` records: `ContractDeps.sellerAccounts` here), which the user may use
 * (an account with a custom permission only for a user who has it: `ContractDeps.customPermissions`,
 * `FeatureManagement.checkPermission` in the org), and what each account's Named Credentials
 * reach: the Catalog API client and the S3 client (`ContractDeps.namedCredentials`; the
 * default account's are `catalog` and `s3`). A record without an account is the default one's.
 */
import type { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SellerAccountOption } from '../../../lwc-src/raDomain/apexContract';
import {
    DEFAULT_SELLER_ACCOUNT,
    sameSellerAccount,
    sellerAccountOf,
} from '../../../lwc-src/raDomain/sellerAccounts';
import { CATALOG_CREDENTIAL, LEGAL_DOCUMENTS_CREDENTIAL } from './CatalogApiException';
import type { ContractDeps } from './contractDeps';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import type { ApexLabel, MessageFormatter } from './UserMessages';

/** One `Seller_Account__mdt` record. */
export interface SellerAccount {
    developerName: string;
    label: string;
    /** Named_Credential__c: the Named Credential of its Catalog API calls. */
    namedCredential: string;
    legalDocumentsNamedCredential: string | null;
    legalDocumentsBucket: string | null;
    /** The bucket's region; null: the region of the S3 client its Named Credential reaches. */
    region: string | null;
    awsAccountId: string | null;
    customPermission: string | null;
}

/** What `callout:<Named Credential>` reaches here: a Catalog API client or an S3 client. */
export interface NamedCredentialEndpoint {
    catalog?: MarketplaceCatalogClient;
    s3?: S3Client;
}

export const DEFAULT_ACCOUNT = DEFAULT_SELLER_ACCOUNT;

/**
 * What the SDK throws for a callout the platform does not make because the org has no Named
 * Credential of that name: its credentials cannot be found.
 */
export function missingNamedCredential(name: string): Error {
    const error = new Error(`No Named Credential ${name}`);
    error.name = 'CredentialsProviderError';
    return error;
}

/** What the org says of its seller accounts and its user. */
export type Accounts = Partial<
    Pick<ContractDeps, 'sellerAccounts' | 'customPermissions' | 'legalDocumentsBucket'>
>;
/** ... and what their Named Credentials reach. */
type Endpoints = Accounts & Pick<ContractDeps, 'namedCredentials' | 'catalog' | 's3'>;

const same = sameSellerAccount;

function trimmed(value: string | null | undefined): string | null {
    const text = value?.trim();
    return text ? text : null;
}

export class SellerAccounts {
    static readonly DEFAULT_ACCOUNT = DEFAULT_ACCOUNT;

    /**
     * Every configured account, the default one first, then by label. Without configured
     * accounts, the org as it deploys: the default account on the default Named Credentials.
     */
    static all(deps: Accounts): SellerAccount[] {
        const configured = deps.sellerAccounts ?? [
            {
                developerName: DEFAULT_ACCOUNT,
                label: 'Default seller account',
                namedCredential: CATALOG_CREDENTIAL,
                legalDocumentsNamedCredential: LEGAL_DOCUMENTS_CREDENTIAL,
                legalDocumentsBucket: deps.legalDocumentsBucket || null,
                region: null,
                awsAccountId: null,
                customPermission: null,
            },
        ];
        return [...configured].sort((a, b) => {
            const aDefault = same(a.developerName, DEFAULT_ACCOUNT);
            const bDefault = same(b.developerName, DEFAULT_ACCOUNT);
            if (aDefault || bDefault) {
                return aDefault === bDefault ? 0 : aDefault ? -1 : 1;
            }
            return compare(a.label, b.label) || compare(a.developerName, b.developerName);
        });
    }

    /** The account a record belongs to: the default one when the record names none. */
    static accountOf(value: string | null | undefined): string {
        return sellerAccountOf(value);
    }

    /**
     * Whether a user with these custom permissions may use an account (contract vectors
     * `sellerAccountUsable`): an account without a custom permission is for every user.
     */
    static isUsableWith(
        customPermission: string | null | undefined,
        granted: ReadonlySet<string>,
    ): boolean {
        const permission = trimmed(customPermission);
        return permission === null || granted.has(permission);
    }

    /** Whether the user may use an account; the local user holds every permission unless told. */
    static isUsable(deps: Accounts, account: SellerAccount): boolean {
        const permission = trimmed(account.customPermission);
        const granted = deps.customPermissions ?? new Set(permission ? [permission] : []);
        return SellerAccounts.isUsableWith(permission, granted);
    }

    static usable(deps: Accounts): SellerAccount[] {
        return SellerAccounts.all(deps).filter((account) => SellerAccounts.isUsable(deps, account));
    }

    static usableNames(deps: Accounts): Set<string> {
        return new Set(SellerAccounts.usable(deps).map((account) => account.developerName));
    }

    static find(deps: Accounts, value: string | null | undefined): SellerAccount | null {
        const name = SellerAccounts.accountOf(value);
        return (
            SellerAccounts.all(deps).find((account) => same(account.developerName, name)) ?? null
        );
    }

    static require(
        deps: Accounts,
        format: MessageFormatter,
        value: string | null | undefined,
    ): SellerAccount {
        const account = SellerAccounts.find(deps, value);
        if (!account) {
            throw new ResaleAuthorizationException(
                format('RA_Apex_SellerAccountUnknown', SellerAccounts.accountOf(value)),
            );
        }
        return account;
    }

    static requireUsable(
        deps: Accounts,
        format: MessageFormatter,
        value: string | null | undefined,
    ): SellerAccount {
        const account = SellerAccounts.require(deps, format, value);
        if (!SellerAccounts.isUsable(deps, account)) {
            throw new ResaleAuthorizationException(
                format('RA_Apex_SellerAccountDenied', account.label),
            );
        }
        return account;
    }

    /**
     * Why a resale authorization may not move to another account, or null (contract vectors
     * `sellerAccountChange`): once sent to AWS, it lives in its account's catalog.
     */
    static changeRefusal(
        current: string | null | undefined,
        requested: string | null | undefined,
        sentToAws: boolean,
    ): ApexLabel | null {
        if (
            trimmed(requested) === null ||
            same(SellerAccounts.accountOf(current), SellerAccounts.accountOf(requested))
        ) {
            return null;
        }
        return sentToAws ? 'RA_Apex_SellerAccountFixed' : null;
    }

    /**
     * What the SOQL condition of `recordsOf` keeps: the records (resale authorizations,
     * products, runs) of these accounts, one without an account being the default account's.
     */
    static recordsOf(
        names: ReadonlySet<string>,
    ): (record: { sellerAccount?: string | null }) => boolean {
        const kept = [...names].map((name) => SellerAccounts.accountOf(name).toLowerCase());
        return (record) =>
            kept.includes(SellerAccounts.accountOf(record.sellerAccount).toLowerCase());
    }

    /** What `callout:<the account's Named Credential>` reaches: null when no such credential. */
    static catalogEndpoint(
        deps: Endpoints,
        account: SellerAccount,
    ): MarketplaceCatalogClient | null {
        return (
            deps.namedCredentials?.[account.namedCredential]?.catalog ??
            (account.namedCredential === CATALOG_CREDENTIAL ? deps.catalog : null)
        );
    }

    /** What `callout:<the account's legal documents Named Credential>` reaches, or null. */
    static legalDocumentsEndpoint(deps: Endpoints, account: SellerAccount): S3Client | null {
        const credential = account.legalDocumentsNamedCredential ?? '';
        return (
            deps.namedCredentials?.[credential]?.s3 ??
            (credential === LEGAL_DOCUMENTS_CREDENTIAL ? deps.s3 : null)
        );
    }

    /**
     * The public URL of the account's legal documents bucket; refused when the account has no
     * bucket or Named Credential (the region, here, may be the S3 client's).
     */
    static legalDocumentsBucketUrl(
        account: SellerAccount,
        format: MessageFormatter,
        clientRegion: string,
    ): string {
        const bucket = trimmed(account.legalDocumentsBucket);
        const region = trimmed(account.region) ?? trimmed(clientRegion);
        if (!bucket || !region || !trimmed(account.legalDocumentsNamedCredential)) {
            throw new ResaleAuthorizationException(
                format('RA_Apex_LegalBucketMissing', account.label),
            );
        }
        return `https://${bucket}.s3.${region}.amazonaws.com`;
    }

    /** The label users see for a record's account: its developer name when not configured. */
    static labelOf(deps: Accounts, value: string | null | undefined): string {
        return SellerAccounts.find(deps, value)?.label ?? SellerAccounts.accountOf(value);
    }

    /** The accounts the user may use, as the components list them. */
    static options(deps: Accounts): SellerAccountOption[] {
        return SellerAccounts.usable(deps).map((account) => ({
            name: account.developerName,
            label: account.label,
            awsAccountId: account.awsAccountId,
        }));
    }
}

/** Apex's String.compareTo: by UTF-16 code units. */
function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
