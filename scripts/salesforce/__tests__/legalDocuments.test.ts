import fs from 'node:fs';
import path from 'node:path';
import { FORCE_APP_DIR } from '../../build/paths';
import {
    LEGAL_DOCUMENT_TYPES,
    MAX_LEGAL_DOCUMENT_BYTES,
} from '../../../lwc-src/raDomain/legalDocuments';
import { parseApex, stringLiteralsOfField } from '../apexSource';

const SERVICE_FILE = path.join(FORCE_APP_DIR, 'classes', 'LegalDocumentService.cls');
const source = fs.readFileSync(SERVICE_FILE, 'utf8');

describe('legal document size limit', () => {
    it('is the same in LegalDocumentService.cls and in the components', () => {
        const match = /Integer MAX_DOCUMENT_BYTES = (\d+) \* 1024 \* 1024;/.exec(source);
        expect(match).not.toBeNull();
        expect(Number(match?.[1]) * 1024 * 1024).toBe(MAX_LEGAL_DOCUMENT_BYTES);
    });
});

describe('legal document types', () => {
    it('are the same in LegalDocumentService.cls and in the components', () => {
        const literals = stringLiteralsOfField(
            parseApex({ name: 'LegalDocumentService.cls', source }),
            'ACCEPTED_DOCUMENT_TYPES',
        );
        // `'pdf' => 'application/pdf', ...`: extension and content type, pair after pair.
        expect(literals).toEqual(Object.entries(LEGAL_DOCUMENT_TYPES).flat());
    });
});
