/**
 * `vnews serve` in a real browser: Debian's headless Chromium, driven by playwright-core
 * (no browser download; .ci/run installs the chromium package). A researcher opens the
 * search, types an unaccented query, follows a facet, opens an article and points at a
 * highlighted mention. A screenshot of each page is saved in the test's temporary folder.
 * The same search also works with JavaScript switched off, and no page logs an error
 * (a Content-Security-Policy violation would).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveIngested, type Served } from './serve-helpers.js';

/** The browser's own function, called inside page.evaluate (the project compiles without the DOM library). */
declare const getComputedStyle: (el: unknown, pseudo?: string) => { content: string; fill: string };

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let s: Served;
let shots: string;
let browser: BrowserContext;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium package (apt-get install -y chromium), as .ci/run does`);
  shots = await mkdtemp(path.join(tmpdir(), 'vnews-serve-shots-'));
  s = await serveIngested('browser', ['corpus', 'fixtures/articles'], async () => {});
  // A fresh, empty profile for every run.
  browser = await chromium.launchPersistentContext(await mkdtemp(path.join(tmpdir(), 'vnews-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await s?.server.close();
});

function watch(page: Page): Page {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`${page.url()}: a dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  return page;
}

const shot = async (page: Page, name: string): Promise<string> => {
  const file = path.join(shots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
};

describe('a research session in Chromium', () => {
  it('searches unaccented, follows a facet, opens an article and reads a highlighted mention', async () => {
    const page = watch(await browser.newPage());
    await page.goto(`${s.server.url}/search`);
    expect(await page.locator('h1').textContent()).toBe('Search the archive');
    await shot(page, '1-search');

    // Typing updates the results in place (progressive enhancement) and the address bar keeps the search.
    const expected = (await s.json<{ total: number }>('/search.json?text=bao+ve+an+ninh')).total;
    expect(expected).toBeGreaterThan(1);
    await page.locator('input[name="text"]').pressSequentially('bao ve an ninh', { delay: 30 });
    await expect.poll(() => page.locator('#hits-title').textContent(), { timeout: 15_000 }).toContain(`${expected} articles`);
    await expect.poll(() => page.url()).toContain('/search?text=bao+ve+an+ninh');
    expect(await page.locator('ul.active').textContent()).toContain('bao ve an ninh');
    // Enter submits the form as a plain GET: the same results at a shareable URL.
    await Promise.all([page.waitForURL(/\/search\?text=bao\+ve\+an\+ninh$/), page.locator('input[name="text"]').press('Enter')]);
    expect(await page.locator('#hits-title').textContent()).toContain(`${expected} articles`);
    expect(await page.locator('.hit mark').first().textContent()).toMatch(/^bảo vệ an ninh$/i);
    await shot(page, '2-search-typed');

    // Follow the first province facet: the search narrows to its count, the filter shows as a chip.
    const facet = page.locator('a[data-facet="province"]').first();
    const label = (await facet.locator('.label').textContent())!;
    const count = Number((await facet.locator('.count').textContent())!.replace(/\D/g, ''));
    await Promise.all([page.waitForURL(/province=/), facet.click()]);
    expect(new URL(page.url()).searchParams.get('province')).toBe(label);
    expect(new URL(page.url()).searchParams.get('text')).toBe('bao ve an ninh');
    expect(await page.locator('#hits-title').textContent()).toContain(`${count} article`);
    expect(await page.locator('ul.active').textContent()).toContain(label);
    await shot(page, '3-search-facet');

    // Open the first result.
    const title = (await page.locator('.hit .title').first().textContent())!;
    await Promise.all([page.waitForURL(/\/article\/[0-9a-f]{16}$/), page.locator('.hit .title').first().click()]);
    expect(await page.locator('h1').textContent()).toBe(title);
    const marks = page.locator('.text mark.m[tabindex="0"]');
    expect(await marks.count()).toBeGreaterThan(3);
    await shot(page, '4-article');

    // Focus a mention of an official: the tooltip shows type, canonical value and rule.
    const official = page.locator('.text mark.m.k-officials[tabindex="0"]').first();
    await official.focus();
    const tip = await official.evaluate((el) => getComputedStyle(el, '::after').content);
    const described = await official.getAttribute('aria-describedby');
    const entry = page.locator(`#${described}`);
    const name = (await entry.locator('b').first().textContent())!;
    expect(tip).toContain('Official: ');
    expect(tip).toContain(name);
    expect(tip).toMatch(/found by official\/[a-z-]+ \((exact|alias|folded|fuzzy|inferred)/);
    // Pointing at it lights up the entry beside the text and every mention of the same official.
    await official.hover();
    await expect.poll(() => entry.getAttribute('class')).toContain('lit');
    const same = page.locator(`.text mark[data-e="${await official.getAttribute('data-e')}"]`);
    expect(await same.evaluateAll((els) => els.every((e) => e.classList.contains('lit')))).toBe(true);
    const box = (await official.boundingBox())!;
    await page.screenshot({ path: path.join(shots, '5-article-mention.png'), clip: { x: Math.max(0, box.x - 40), y: Math.max(0, box.y - 60), width: 640, height: 220 } });
    // Without focus or hover, no tooltip.
    await page.mouse.move(5, 5);
    await page.locator('h1').click();
    expect(await official.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');

    // The official's page and the overview draw their charts (SVG, no inline style for the CSP to refuse).
    const officialLink = entry.locator('a[href^="/official/"]');
    if (await officialLink.count()) {
      await Promise.all([page.waitForURL(/\/official\//), officialLink.first().click()]);
      expect(await page.locator('h1').textContent()).toContain(name);
      await shot(page, '6-official');
    }
    await page.goto(`${s.server.url}/overview`);
    expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(3);
    const barColour = await page.locator('svg.chart rect').first().evaluate((el) => getComputedStyle(el).fill);
    expect(barColour).not.toBe('rgb(0, 0, 0)');
    await shot(page, '7-overview');

    expect(problems).toEqual([]);
    await writeFile(path.join(shots, 'README.txt'), 'Screenshots of the serve browser test.\n');
  }, 180_000);

  it('searches and narrows with JavaScript switched off', async () => {
    const noScript = await chromium.launchPersistentContext(await mkdtemp(path.join(tmpdir(), 'vnews-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled: false,
    });
    const page = watch(await noScript.newPage());
    await page.goto(`${s.server.url}/search`);
    await page.locator('input[name="text"]').fill('bao ve an ninh');
    await Promise.all([page.waitForURL(/text=bao\+ve\+an\+ninh/), page.locator('input[name="text"]').press('Enter')]);
    const expected = (await s.json<{ total: number }>('/search.json?text=bao+ve+an+ninh')).total;
    expect(await page.locator('#hits-title').textContent()).toContain(`${expected} articles`);
    const facet = page.locator('a[data-facet="year"]').first();
    const count = Number((await facet.locator('.count').textContent())!.replace(/\D/g, ''));
    await Promise.all([page.waitForURL(/published_from=/), facet.click()]);
    expect(await page.locator('#hits-title').textContent()).toContain(`${count} article`);
    await shot(page, '8-search-no-script');
    expect(problems).toEqual([]);
    await noScript.close();
  }, 120_000);
});
