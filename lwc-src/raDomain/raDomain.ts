/**
 * The resale authorization domain as an LWC service module: pure functions and zod schemas,
 * bundled with their dependencies into force-app by `npm run build`.
 */
export * from './status';
export * from './apexContract';
export * from './decimal';
export * from './dates';
export * from './buyerAccounts';
export * from './product';
export * from './units';
export * from './formState';
export * from './dynamicFields';
export * from './limits';
export * from './validationMessages';
export * from './validation';
export * from './changeSet';
export * from './entityToForm';
export * from './awsErrors';
export * from './formEdits';
export * from './relatedRecords';
export * from './legalDocuments';
export * from './managementPortal';
export * from './changesUnderWay';
export * from './recordActions';
export * from './expiry';
export * from './renewal';
export * from './sellerAccounts';
