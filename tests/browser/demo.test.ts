// Bundles the library for browsers, opens the demo page from file:// in real headless
// Chromium, runs it on a seed article and checks the highlighted output. Saves a screenshot
// to tmp/browser/. Skips (saying why) only when /usr/bin/chromium is not installed.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../scripts/build-demo.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = join(ROOT, 'tmp/browser');
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.warn(`tests/browser skipped: ${CHROMIUM} not found. Install it with "apt-get install -y chromium" to run the browser test.`);
}

describe.skipIf(!hasChromium)('demo page in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const built = await buildDemo(join(OUT, 'demo'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    // The page must need nothing but its own folder: any other request fails the test.
    await page.route(/^(?!file:)/, (route) => {
      pageErrors.push(`network request: ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(pathToFileURL(built.page).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('highlights a seed article and tabulates its linked entities', async () => {
    const text = readFileSync(join(ROOT, 'seeds/000_f3d42182cc130942.txt'), 'utf8');
    await page.fill('#input', text);
    await page.click('#run');
    await page.waitForSelector('#output mark.kashf-ent');

    // The visible text, label badges aside, is the article itself.
    const shown = await page.$eval('#output .kashf-doc', (el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.kashf-label').forEach((n) => n.remove());
      return copy.textContent;
    });
    expect(shown).toBe(text);

    const marks = await page.$$eval('#output mark.kashf-ent', (els) =>
      els.map((el) => ({
        label: el.getAttribute('data-label'),
        id: el.getAttribute('data-id'),
        text: Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''),
        link: el.querySelector(':scope > a.kashf-label')?.getAttribute('href') ?? null,
      })),
    );
    expect(marks.length).toBeGreaterThan(10);
    expect(marks).toContainEqual({ label: 'PERS', id: 'wd:Q6279', text: 'بايدن', link: 'https://www.wikidata.org/wiki/Q6279' });
    expect(marks).toContainEqual({ label: 'GPE', id: 'wd:Q159', text: 'روسيا', link: 'https://www.wikidata.org/wiki/Q159' });
    expect(marks.some((m) => m.label === 'GPE' && m.text === 'الولايات المتحدة')).toBe(true);

    const rows = await page.$$eval('#linked tbody tr', (trs) => (trs as HTMLTableRowElement[]).map((tr) => Array.from(tr.cells).map((td) => td.textContent)));
    const biden = rows.find((r) => r[2] === 'wd:Q6279');
    expect(biden?.[1]).toBe('PERS');
    expect(Number(biden?.[5])).toBe(marks.filter((m) => m.id === 'wd:Q6279').length);
    expect(Number(biden?.[5])).toBeGreaterThan(3);

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'demo-seed-000.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
