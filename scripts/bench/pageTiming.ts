/**
 * Timings taken by the page itself, on its own clock (`performance.now()`, 0 at navigation),
 * so that the browser's driver adds nothing to what is measured: a script installed before the
 * page's own watches the DOM and notes when something is shown, after the frame that paints it
 * (the next animation frame, then the task after it).
 *
 * - `firstRowsAt`: when the list first shows at least `FIRST_ROWS` rows.
 * - `arm(kind)`, then an input or a click: `interaction()` gives the time from that event to
 *   the frame that shows its effect: the list's count changed (`count`) or the first row shows
 *   another record (`firstRow`).
 * - `keystrokeWork()`: for each `input` event since the last call, the main thread's time from
 *   the event to the end of the work it caused (handlers, the re-render in the microtasks that
 *   follow, then style and layout, forced): what a keystroke costs before the next frame.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Rows the list must show to count as shown (a first screen). */
export const FIRST_ROWS = 5;

export type InteractionKind = 'count' | 'firstRow';

interface PageTimingApi {
    firstRowsAt: number | null;
    arm(kind: InteractionKind): void;
    interaction(): number | null;
    keystrokesPending(): boolean;
    keystrokeWork(): number[];
}

declare global {
    interface Window {
        pageTiming: PageTimingApi;
    }
}

/**
 * Runs in the page before any of its scripts. Plain JavaScript in a string: it must not depend
 * on how this file is compiled. Document.prototype.querySelectorAll and Node's textContent are
 * kept before synthetic shadow patches them, to see every element and text whatever shadow tree
 * it is in.
 */
export const PAGE_SCRIPT = `(() => {
    const nativeQueryAll = Document.prototype.querySelectorAll;
    const nativeText = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent').get;
    const all = (selector) => nativeQueryAll.call(document, selector);
    const text = (node) => (node ? nativeText.call(node).trim() : '');
    const afterFrame = (done) =>
        requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done(performance.now());
            channel.port2.postMessage(null);
        });
    const rows = () => all('tbody tr[data-row-key-value]');
    const countText = () => text(all('[data-id="count"]')[0]);
    // What the first row says: a sort may show other records in the same rows.
    const firstRowText = () => text(rows()[0]);
    let armed = null;
    let keystrokes = [];
    const timing = {
        firstRowsAt: null,
        arm(kind) {
            const value = kind === 'count' ? countText : firstRowText;
            armed = { value, before: value(), startedAt: null, shownAt: null, seen: false };
        },
        interaction() {
            return armed && armed.shownAt !== null ? armed.shownAt - armed.startedAt : null;
        },
        keystrokesPending() {
            return keystrokes.some((k) => k.endedAt === null);
        },
        keystrokeWork() {
            const done = keystrokes.filter((k) => k.endedAt !== null);
            keystrokes = keystrokes.filter((k) => k.endedAt === null);
            return done.map((k) => k.endedAt - k.startedAt);
        },
    };
    let firstRowsSeen = false;
    const check = () => {
        if (!firstRowsSeen && rows().length >= ${FIRST_ROWS}) {
            firstRowsSeen = true;
            afterFrame((now) => (timing.firstRowsAt = now));
        }
        if (armed && armed.startedAt !== null && !armed.seen) {
            const now = armed.value();
            if (now !== armed.before && now !== '') {
                armed.seen = true;
                const current = armed;
                afterFrame((at) => (current.shownAt = at));
            }
        }
    };
    const started = (event) => {
        if (armed && armed.startedAt === null) {
            armed.startedAt = event.timeStamp;
            check();
        }
    };
    window.addEventListener('input', started, true);
    window.addEventListener('click', started, true);
    window.addEventListener(
        'input',
        (event) => {
            const keystroke = { startedAt: event.timeStamp, endedAt: null };
            keystrokes.push(keystroke);
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
                document.body.getBoundingClientRect();
                keystroke.endedAt = performance.now();
            };
            channel.port2.postMessage(null);
        },
        true,
    );
    new MutationObserver(check).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
    });
    window.pageTiming = timing;
})();`;

/** Every page of the context times itself. */
export async function installPageTiming(context: BrowserContext): Promise<void> {
    await context.addInitScript(PAGE_SCRIPT);
}

/** Milliseconds from navigation to the first rows on screen. */
export async function firstRowsShownMs(page: Page): Promise<number> {
    const handle = await page.waitForFunction('window.pageTiming.firstRowsAt');
    return Number(await handle.jsonValue());
}

/** Runs `act` (one input or click) and gives the milliseconds until its effect is on screen. */
export async function timeInteraction(
    page: Page,
    kind: InteractionKind,
    act: () => Promise<void>,
): Promise<number> {
    await page.evaluate(`window.pageTiming.arm(${JSON.stringify(kind)})`);
    await act();
    const handle = await page.waitForFunction('window.pageTiming.interaction()');
    return Number(await handle.jsonValue());
}

/** The work of each keystroke typed since the last call, in milliseconds, once it is done. */
export async function keystrokeWorkMs(page: Page): Promise<number[]> {
    await page.waitForFunction('!window.pageTiming.keystrokesPending()');
    return (await page.evaluate('window.pageTiming.keystrokeWork()')) as number[];
}
