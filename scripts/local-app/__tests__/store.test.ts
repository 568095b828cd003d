import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalStore } from '../contract/store';
import type { StoredRecord } from '../contract/store';

describe('the local store', () => {
    it('starts without the temporary files of writes a killed app never renamed', () => {
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-store-'));
        const first = LocalStore.open({ dataDir });
        first.putRecord({ id: 'a01', authorizationName: 'Kept' } as StoredRecord);
        first.save();
        const stored = first.saveFile('EULA.pdf', 'application/pdf', Buffer.from('%PDF'));
        // What a kill between the write and the rename leaves behind.
        const leftovers = [
            path.join(dataDir, 'records.json.4242.tmp'),
            path.join(dataDir, 'files', `${stored.documentId}.4242.tmp`),
        ];
        leftovers.forEach((file) => fs.writeFileSync(file, '{"half":'));

        const reopened = LocalStore.open({ dataDir });

        expect(reopened.record('a01')?.authorizationName).toBe('Kept');
        expect(reopened.file(stored.documentId)?.bytes.toString()).toBe('%PDF');
        leftovers.forEach((file) => expect(fs.existsSync(file)).toBe(false));
    });
});
