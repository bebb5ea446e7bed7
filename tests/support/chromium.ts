/**
 * The Chromium the tests and the benchmark drive: Debian's (or CHROME_PATH), since Playwright cannot
 * download its own browsers here, with the flags that keep it quiet and offline.
 */
export const chromiumPath = process.env['CHROME_PATH'] || '/usr/bin/chromium';

export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
] as const;
