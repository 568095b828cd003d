import { applyFieldErrors } from '../fieldErrors';

function fieldInput(field: string) {
    const input = document.createElement('div') as HTMLDivElement & {
        setCustomValidity: jest.Mock;
        reportValidity: jest.Mock;
    };
    input.dataset.field = field;
    input.setCustomValidity = jest.fn();
    input.reportValidity = jest.fn(() => true);
    return input;
}

describe('applyFieldErrors', () => {
    it('shows, changes and clears each message, and leaves alone the fields whose message is unchanged', () => {
        const root = document.createElement('div');
        const name = fieldInput('name');
        const amount = fieldInput('paymentSchedule.0.amount');
        root.append(name, amount);

        applyFieldErrors(root, { name: 'Enter a name.' });
        expect(name.setCustomValidity).toHaveBeenLastCalledWith('Enter a name.');
        expect(name.reportValidity).toHaveBeenCalledTimes(1);
        // A field with nothing to show is set valid, quietly.
        expect(amount.setCustomValidity).toHaveBeenLastCalledWith('');
        expect(amount.reportValidity).not.toHaveBeenCalled();

        // The same messages again (a keystroke elsewhere): nothing is touched.
        applyFieldErrors(root, { name: 'Enter a name.' });
        expect(name.setCustomValidity).toHaveBeenCalledTimes(1);
        expect(amount.setCustomValidity).toHaveBeenCalledTimes(1);

        applyFieldErrors(root, { name: 'Use letters, digits and spaces.' });
        expect(name.setCustomValidity).toHaveBeenLastCalledWith('Use letters, digits and spaces.');
        expect(name.reportValidity).toHaveBeenCalledTimes(2);

        // Cleared: set valid and shown so, the message goes away.
        applyFieldErrors(root, {});
        expect(name.setCustomValidity).toHaveBeenLastCalledWith('');
        expect(name.reportValidity).toHaveBeenCalledTimes(3);
        expect(amount.setCustomValidity).toHaveBeenCalledTimes(1);
    });
});
