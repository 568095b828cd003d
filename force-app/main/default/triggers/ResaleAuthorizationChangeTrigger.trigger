/**
 * The one place a change's status write passes, whoever writes it (the send, the status sync):
 * the user who sent the change is notified when it reaches SUCCEEDED or FAILED.
 */
trigger ResaleAuthorizationChangeTrigger on Resale_Authorization_Change__c(after update) {
    ResaleNotifications.notifyFinishedChanges(
        Trigger.new,
        (Map<Id, Resale_Authorization_Change__c>) Trigger.oldMap
    );
}
