import { s3LocationOf } from '../legalDocumentLinks';

describe('s3LocationOf', () => {
    it.each([
        ['https://docs.s3.us-east-1.amazonaws.com/ra/1/EULA.pdf', 'docs', 'ra/1/EULA.pdf'],
        ['https://docs.s3.amazonaws.com/EULA.pdf', 'docs', 'EULA.pdf'],
        ['https://s3.amazonaws.com/docs/ra/EULA%20v2.pdf', 'docs', 'ra/EULA v2.pdf'],
        ['https://s3.eu-west-1.amazonaws.com/docs/EULA.pdf', 'docs', 'EULA.pdf'],
    ])('reads %s', (url, bucket, key) => {
        expect(s3LocationOf(url)).toEqual({ bucket, key });
    });

    it.each([
        'http://docs.s3.amazonaws.com/EULA.pdf',
        'https://example.com/docs/EULA.pdf',
        'https://s3.amazonaws.com/docs',
        'https://docs.s3.amazonaws.com/',
        'not a url',
    ])('finds no S3 object in %s', (url) => {
        expect(s3LocationOf(url)).toBeNull();
    });
});
