/**
 * Deletes made outside the app (the record page, the API) follow the rule of deleteDraft: a
 * resale authorization AWS may know of is never deleted.
 */
trigger ResaleAuthorizationTrigger on Resale_Authorization__c(before delete) {
    ResaleAuthorizationService.refuseSentDeletes(Trigger.old);
}
