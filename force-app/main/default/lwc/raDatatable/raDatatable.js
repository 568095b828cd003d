import LightningDatatable from 'lightning/datatable';
import statusBadgeTemplate from './statusBadge.html';
/** `lightning-datatable` with a `statusBadge` column type that shows `c-ra-status-badge`. */
export default class RaDatatable extends LightningDatatable {
    static customTypes = {
        statusBadge: { template: statusBadgeTemplate, standardCellLayout: true },
    };
}
