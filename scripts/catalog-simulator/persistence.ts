import fs from 'node:fs';
import path from 'node:path';
import { idMap } from './idMap';
import type { SimulatorState } from './model';

const STATE_FILE = 'state.json';

/** A write's temporary file, `<file>.<pid>.tmp`: each process writes its own. */
const temporaryFileOf = (file: string): string => `${file}.${process.pid}.tmp`;
const TEMPORARY_FILE = /\.\d+\.tmp$/;

/**
 * The whole state in one JSON file, replaced atomically: written to a temporary file, flushed
 * to disk, renamed over the old one, and the folder flushed. A reader (or a restart after
 * `kill -9`) sees the old state or the new one, never half of one.
 */
export class StateFile {
    constructor(readonly dataDir: string) {
        fs.mkdirSync(dataDir, { recursive: true });
        removeLeftoverTemporaryFiles(dataDir);
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

/**
 * Removes the temporary files of writes that a killed process never renamed: the files they
 * were to replace are whole, so they are garbage. For a folder whose files this process alone
 * writes, before it writes any (another process's write in progress would fail).
 */
export function removeLeftoverTemporaryFiles(dir: string): void {
    for (const name of fs.readdirSync(dir)) {
        if (TEMPORARY_FILE.test(name)) {
            fs.rmSync(path.join(dir, name), { force: true });
        }
    }
}

/** Replaces a file whole: a temporary file in the same folder, flushed, then renamed over it. */
export function writeFileAtomically(file: string, content: string | Buffer): void {
    const temporary = temporaryFileOf(file);
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
