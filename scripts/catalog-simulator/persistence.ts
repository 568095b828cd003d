import fs from 'node:fs';
import path from 'node:path';
import { idMap } from './idMap';
import type { SimulatorState } from './model';

const STATE_FILE = 'state.json';

/**
 * The whole state in one JSON file, replaced atomically: written to a temporary file, flushed
 * to disk, renamed over the old one, and the folder flushed. A reader (or a restart after
 * `kill -9`) sees the old state or the new one, never half of one.
 */
export class StateFile {
    constructor(readonly dataDir: string) {
        fs.mkdirSync(dataDir, { recursive: true });
    }

    get path(): string {
        return path.join(this.dataDir, STATE_FILE);
    }

    load(): SimulatorState | null {
        if (!fs.existsSync(this.path)) {
            return null;
        }
        return withIdMaps(JSON.parse(fs.readFileSync(this.path, 'utf8')) as SimulatorState);
    }

    save(state: SimulatorState): void {
        writeFileAtomically(this.path, JSON.stringify(state));
    }

    reset(): void {
        fs.rmSync(this.dataDir, { recursive: true, force: true });
        fs.mkdirSync(this.dataDir, { recursive: true });
    }
}

/** JSON.parse gives the maps `Object.prototype`: they are rebuilt as id maps. */
function withIdMaps(stored: SimulatorState): SimulatorState {
    return {
        ...stored,
        entities: idMap(Object.entries(stored.entities)),
        changeSets: idMap(Object.entries(stored.changeSets)),
        tokens: idMap(Object.entries(stored.tokens)),
        s3: idMap(Object.entries(stored.s3)),
    };
}

export function writeFileAtomically(file: string, content: string | Buffer): void {
    const temporary = `${file}.${process.pid}.tmp`;
    const handle = fs.openSync(temporary, 'w');
    try {
        fs.writeFileSync(handle, content);
        fs.fsyncSync(handle);
    } finally {
        fs.closeSync(handle);
    }
    fs.renameSync(temporary, file);
    const dir = fs.openSync(path.dirname(file), 'r');
    try {
        fs.fsyncSync(dir);
    } finally {
        fs.closeSync(dir);
    }
}
