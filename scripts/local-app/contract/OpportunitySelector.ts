/** `OpportunitySelector.cls` in TypeScript: the Opportunity of a resale authorization. */
import type { LocalStore, StoredOpportunity } from './store';

export class OpportunitySelector {
    constructor(private readonly store: LocalStore) {}

    /** The Opportunity, or null when it does not exist (the local user sees every one). */
    selectById(opportunityId: string): StoredOpportunity | null {
        return this.store.opportunity(opportunityId) ?? null;
    }
}
