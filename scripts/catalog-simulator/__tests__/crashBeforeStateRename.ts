/**
 * Loaded before the simulator in a child process (`node --import`): the process kills itself
 * with SIGKILL when it is about to rename a new `state.json` into place, that is after the new
 * state is written and flushed to its temporary file and before it replaces the old one.
 */
import fs from 'node:fs';
import path from 'node:path';

const rename = fs.renameSync;

fs.renameSync = (from: fs.PathLike, to: fs.PathLike): void => {
    if (path.basename(String(to)) === 'state.json') {
        process.kill(process.pid, 'SIGKILL');
    }
    rename(from, to);
};
