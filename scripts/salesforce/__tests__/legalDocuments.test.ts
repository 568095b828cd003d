import fs from 'node:fs';
import path from 'node:path';
import { FORCE_APP_DIR } from '../../build/paths';
import { MAX_LEGAL_DOCUMENT_BYTES } from '../../../lwc-src/raDomain/legalDocuments';

describe('legal document size limit', () => {
    it('is the same in LegalDocumentService.cls and in the components', () => {
        const source = fs.readFileSync(
            path.join(FORCE_APP_DIR, 'classes', 'LegalDocumentService.cls'),
            'utf8',
        );
        const match = /Integer MAX_DOCUMENT_BYTES = (\d+) \* 1024 \* 1024;/.exec(source);
        expect(match).not.toBeNull();
        expect(Number(match?.[1]) * 1024 * 1024).toBe(MAX_LEGAL_DOCUMENT_BYTES);
    });
});
