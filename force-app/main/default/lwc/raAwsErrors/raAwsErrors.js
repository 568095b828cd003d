import { LightningElement, api } from 'lwc';
/** The problems AWS reported, under a heading, announced to screen readers. */
export default class RaAwsErrors extends LightningElement {
    @api
    heading = '';
    @api
    messages = [];
    get items() {
        return (this.messages ?? []).map((text, index) => ({ key: `${index}`, text }));
    }
    get hasMessages() {
        return this.items.length > 0;
    }
}
