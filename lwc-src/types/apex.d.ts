// The Apex methods the components import, typed from the contract in c/raDomain (apexContract.ts).
// A method used with @wire also carries `adapter`, as the platform's wire adapters do.

declare module '@salesforce/apex/ResaleAuthorizationController.listResaleAuthorizations' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['listResaleAuthorizations'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['getResaleAuthorization'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.getExpiryRadar' {
    import type { WireAdapterConstructor } from 'lwc';
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['getExpiryRadar'] & { adapter: WireAdapterConstructor };
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.listProducts' {
    import type { WireAdapterConstructor } from 'lwc';
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['listProducts'] & { adapter: WireAdapterConstructor };
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.listSellerAccounts' {
    import type { WireAdapterConstructor } from 'lwc';
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['listSellerAccounts'] & {
        adapter: WireAdapterConstructor;
    };
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.getAwsAccount' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['getAwsAccount'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.saveDraft' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['saveDraft'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.deleteDraft' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['deleteDraft'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.prepareChangeSet' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['prepareChangeSet'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.claimSend' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['claimSend'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.discardChange' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['discardChange'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.sendChangeSet' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['sendChangeSet'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.refreshStatus' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['refreshStatus'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.completeStatusRefresh' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['completeStatusRefresh'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.getCloneSource' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['getCloneSource'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.uploadLegalDocument' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['uploadLegalDocument'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.syncProducts' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['syncProducts'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.getProductSync' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['getProductSync'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.getImportProgress' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['getImportProgress'];
    export default method;
}
declare module '@salesforce/apex/ResaleAuthorizationController.startImport' {
    import type { ResaleAuthorizationApi } from 'c/raDomain';
    const method: ResaleAuthorizationApi['startImport'];
    export default method;
}
