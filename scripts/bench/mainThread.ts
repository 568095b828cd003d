/**
 * The page's main-thread CPU time, from Chromium's trace (each task's thread time on the
 * renderer's main thread): what an interaction costs the browser whatever else the machine is
 * doing. On a machine busy with other work the wall-clock figures grow; this one barely moves,
 * so the two together tell the cost from the wait. Tracing adds a little to what it measures.
 */
import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
    name: string;
    ph: string;
    ts: number;
    dur?: number;
    tdur?: number;
    pid: number;
    tid: number;
    args?: { name?: string; data?: { type?: string } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'];

export interface MainThreadTrace {
    /** Thread time of every task on the page's main thread, in milliseconds. */
    cpuMs: number;
    /** Thread time of each task that dispatched an `input` event (a keystroke's work). */
    inputTaskCpuMs: number[];
}

function mainThreadOf(events: TraceEvent[]): MainThreadTrace {
    const mains = new Set(
        events
            .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
            .map((e) => `${e.pid}:${e.tid}`),
    );
    const onMain = events
        .filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
        .sort((a, b) => a.ts - b.ts);
    const tasks = onMain.filter((e) => e.name === 'RunTask');
    const inputs = onMain.filter(
        (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input',
    );
    const cpu = (e: TraceEvent) => (e.tdur ?? 0) / 1000;
    return {
        cpuMs: tasks.reduce((sum, task) => sum + cpu(task), 0),
        inputTaskCpuMs: inputs.map((input) => {
            const task = tasks.find((t) => t.ts <= input.ts && input.ts < t.ts + (t.dur ?? 0));
            return task ? cpu(task) : cpu(input);
        }),
    };
}

/** Runs `act` with the page traced; its result and the main thread's time meanwhile. */
export async function traced<T>(
    browser: Browser,
    page: Page,
    act: () => Promise<T>,
): Promise<{ result: T; mainThread: MainThreadTrace }> {
    await browser.startTracing(page, { categories: CATEGORIES });
    let result: T;
    try {
        result = await act();
    } catch (error) {
        await browser.stopTracing();
        throw error;
    }
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
        traceEvents: TraceEvent[];
    };
    return { result, mainThread: mainThreadOf(traceEvents) };
}
