/**
 * The AWS Marketplace Management Portal, where sellers see their resale authorizations (the
 * Partners page; "selling authorizations" in the portal's newer words). Its address is the one
 * the AWS Marketplace Seller Guide gives for that page ("Policies and permissions for AWS
 * Marketplace sellers":
 * https://docs.aws.amazon.com/marketplace/latest/userguide/marketplace-management-portal-user-access.html).
 * AWS documents no address of one resale authorization: the record view links the page and shows
 * the entity id to find it there.
 */
export const MANAGEMENT_PORTAL_PARTNERS_URL =
    'https://aws.amazon.com/marketplace/management/partners';
