import { LightningElement, api } from 'lwc';

/** The problems AWS reported, under a heading, announced to screen readers. */
export default class RaAwsErrors extends LightningElement {
    @api heading = '';
    @api messages: string[] = [];

    get items(): { key: string; text: string }[] {
        return (this.messages ?? []).map((text, index) => ({ key: `${index}`, text }));
    }

    get hasMessages(): boolean {
        return this.items.length > 0;
    }
}
