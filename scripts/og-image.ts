/**
 * Draws the site's sharing image (public/og-image.png, 1200×630, see src/lib/site.ts) with
 * headless Chromium from a small HTML card in the site's colours: no third-party service.
 * Usage: npm run og-image
 */
import { chromium } from '@playwright/test';
import { join } from 'node:path';

const out = join(import.meta.dirname, '../public/og-image.png');
const html = `<!doctype html><html lang="fr"><meta charset="utf-8"><style>
	body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: space-between;
		box-sizing: border-box; padding: 72px 80px; background: #1d3b6b; color: #fff;
		font-family: 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; }
	header { display: flex; align-items: center; gap: 28px; font-size: 40px; font-weight: 700; }
	svg { width: 96px; height: 96px; }
	h1 { margin: 0; font-size: 64px; line-height: 1.15; max-width: 980px; }
	p { margin: 0; font-size: 32px; color: #d9e2f0; }
</style>
<header><svg viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#fff"/><path d="M7 17 16 8l9 9v8h-6v-6h-6v6H7z" fill="#1d3b6b"/></svg>Partenariats Action Logement</header>
<h1>Les conventions d’Action Logement avec les territoires, en texte intégral</h1>
<p>Conventions-cadres · avenants · délibérations · communiqués de presse</p>`;

const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: out, type: 'png' });
await browser.close();
console.log(`image de partage écrite : ${out}`);
