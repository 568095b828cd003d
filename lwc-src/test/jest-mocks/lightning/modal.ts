/**
 * Jest stand-in for `lightning/modal`, which sfdx-lwc-jest does not stub: a modal component
 * renders as any component, `close` is a method tests watch, and `open` is for tests to mock.
 */
import { LightningElement, api } from 'lwc';

export default class LightningModal extends LightningElement {
    @api label = '';
    @api size = 'medium';
    @api description = '';

    static open(): Promise<unknown> {
        throw new Error('Mock the open of the modal in the test that opens it.');
    }

    close(result?: unknown): void {
        this.dispatchEvent(new CustomEvent('close', { detail: result }));
    }
}
