/**
 * The resale authorization domain as an LWC service module: pure functions and zod schemas,
 * bundled with their dependencies into force-app by `npm run build`.
 */
export * from './status';
export * from './apexContract';
