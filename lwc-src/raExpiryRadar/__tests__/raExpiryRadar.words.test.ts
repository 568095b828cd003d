/** The expiry radar as an English user reads it: the days left in the singular and the plural. */
import type RaExpiryRadarType from 'c/raExpiryRadar';
import getExpiryRadar from '@salesforce/apex/ResaleAuthorizationController.getExpiryRadar';
import type { ExpiryRadarView } from 'c/raDomain';
import { cleanDocument } from '../../test/dom';
import { useLabelTexts } from '../../test/labelTexts';
import { wordsOf } from './radarView';

jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.getExpiryRadar',
    () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true },
);

useLabelTexts('en', 'en-US');
// The component reads its labels when it loads: after they have their texts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RaExpiryRadar = (require('c/raExpiryRadar') as { default: typeof RaExpiryRadarType }).default;
const radarAdapter = getExpiryRadar.adapter as unknown as {
    emit: (view: ExpiryRadarView) => void;
};

afterEach(cleanDocument);

it('in English: the last day, then 1 day in the singular and 12 in the plural', async () => {
    expect(await wordsOf(RaExpiryRadar, (view) => radarAdapter.emit(view))).toEqual({
        daysLeft: ['Last day', '1 day left', '12 days left'],
        windows: ['Next 7 days', 'Next 30 days (expiry notices)'],
        title: 'Expiring Resale Authorizations',
    });
});
