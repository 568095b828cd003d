import { createElement } from 'lwc';
import RaAwsErrors from 'c/raAwsErrors';
import { cleanDocument, flushPromises, query, queryAll } from '../../test/dom';

async function render(messages: string[]) {
    const element = createElement('c-ra-aws-errors', { is: RaAwsErrors });
    element.heading = 'AWS reported these problems:';
    element.messages = messages;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

afterEach(cleanDocument);

describe('c-ra-aws-errors', () => {
    it('lists each problem as an alert', async () => {
        const element = await render(['INVALID_RATE_CARD: Bad price.', 'Try again.']);
        expect(query(element, '[role="alert"] p')?.textContent).toBe(
            'AWS reported these problems:',
        );
        expect(queryAll(element, 'li').map((li) => li.textContent)).toEqual([
            'INVALID_RATE_CARD: Bad price.',
            'Try again.',
        ]);
        await expect(element).toBeAccessible();
    });

    it('shows nothing without problems', async () => {
        const element = await render([]);
        expect(query(element, '[role="alert"]')).toBeNull();
    });
});
