/**
 * Debian's Chromium, driven by playwright-core (no browser download): headless, on loopback
 * only, with nothing that would reach the network by itself.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
];

export function chromiumAvailable(): boolean {
    return fs.existsSync(CHROMIUM_PATH);
}

export async function launchChromium(): Promise<Browser> {
    if (!chromiumAvailable()) {
        throw new Error(
            `No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
        );
    }
    // Headless, and a new empty profile each launch (Playwright's default).
    return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
