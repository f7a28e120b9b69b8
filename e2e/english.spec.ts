/**
 * The English edition (/en/): every German page has its English counterpart and back, with
 * hreflang both ways and a language switch to the same page; English pages speak English
 * (lang="en", no German UI words); English search finds English names, the article's German
 * wording, pinyin with and without tones and Chinese words inside longer names; English
 * pages pass axe like the German ones.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { builtPages, dist, pathOfFile } from './content.ts';
import { join } from 'node:path';

test.describe.configure({ mode: 'parallel' });

const pages = builtPages().map(pathOfFile).filter((p) => p !== '/404.html');
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const isForwarding = (text: string) => /<meta http-equiv="refresh"/.test(text);
/** The hreflang alternates of a built page, as { lang: path }. */
function alternates(path: string): Record<string, string> {
  return Object.fromEntries([...html(path).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname]));
}

test('every German page has an English counterpart and back, named by hreflang with x-default to German', () => {
  const german = pages.filter((p) => !p.startsWith('/en/') && !isForwarding(html(p)));
  const english = new Set(pages.filter((p) => p.startsWith('/en/')));
  expect(german.length).toBeGreaterThan(300);
  const missing: string[] = [];
  for (const path of german) {
    const links = alternates(path);
    if (links['de'] !== path || links['x-default'] !== path || !links['en'] || !english.has(links['en'])) {
      missing.push(`${path} → ${JSON.stringify(links)}`);
      continue;
    }
    const back = alternates(links['en']);
    if (back['de'] !== path || back['en'] !== links['en'] || back['x-default'] !== path) missing.push(`${links['en']} ↛ ${path}`);
  }
  expect(missing).toEqual([]);
  // And no English page without its German one.
  const germanSet = new Set(german);
  const orphans = [...english].filter((p) => !isForwarding(html(p)) && !germanSet.has(alternates(p)['de'] ?? ''));
  expect(orphans).toEqual([]);
});

test('English pages are marked English; German words of the UI do not appear on them', () => {
  // Words of the German dictionary that English text never uses (German titles and quotes are marked lang="de" or are names).
  const GERMAN = /\b(Unternehmen|Einträge|Eintrag|Zeitleiste|Schlagwörter|Karte|Suche|Quellen|Redaktion|Steckbrief|Verknüpft|Sammlung|Politik und Programme)\b/;
  const problems: string[] = [];
  for (const path of pages.filter((p) => p.startsWith('/en/'))) {
    const text = html(path);
    if (!/<html lang="en"/.test(text)) problems.push(`${path}: not lang="en"`);
    // Visible text outside elements marked as German (the article's quotes and wording, the German title, the language switch).
    const visible = text
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<head>[\s\S]*?<\/head>/g, ' ')
      .replace(/<(\w+)[^>]*\blang="de"[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ');
    const hit = GERMAN.exec(visible);
    if (hit) problems.push(`${path}: "${hit[0]}" in …${visible.slice(Math.max(0, hit.index - 60), hit.index + 40).replace(/\s+/g, ' ')}…`);
  }
  expect(problems.slice(0, 20)).toEqual([]);
});

test('the language switch leads to the same entry in the other language and back', async ({ page }) => {
  await page.goto('/unternehmen/moonshot-ai/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/companies\/moonshot-ai\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Moonshot AI');
  await expect(page.locator('.entry__article-name')).toHaveText('in the article: DarkSide');
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(/\/unternehmen\/moonshot-ai\/$/);
});

test('an English entry shows the article’s German quote with the atlas’s translation', async ({ page }) => {
  await page.goto('/en/companies/zhipu/');
  const first = page.locator('.sources li').first();
  await expect(first.locator('blockquote')).toHaveAttribute('lang', 'de');
  await expect(first.locator('blockquote')).toContainText('Unicorn-Start-ups wie Zhipu');
  await expect(first.locator('.sources__translation')).toContainText('Translation by the atlas:');
  await expect(first.locator('.sources__translation')).toContainText('unicorn start-ups such as Zhipu');
});

/** Runs a query on the English search page and returns the first result paths. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
  const titles = page.locator('[data-search-results] .search-hit__title');
  await expect(titles.first()).toBeVisible();
  return titles.evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const QUERIES: Array<[string, string, string]> = [
  ['English brand', 'Moonshot AI', '/en/companies/moonshot-ai/'],
  ['English name of an institution', 'Beijing Academy of Artificial Intelligence', '/en/institutions/baai/'],
  ['the article’s German wording', 'DarkSide', '/en/companies/moonshot-ai/'],
  ['the article’s German wording', 'Mianbi Intelligence', '/en/companies/modelbest/'],
  ['a German title', 'Peking-Institut', '/en/institutions/tsinghua-ubtech-institute/'],
  ['pinyin with tones', 'Zhìpǔ', '/en/companies/zhipu/'],
  ['pinyin without tones', 'zhipu huazhang', '/en/companies/zhipu/'],
  ['Chinese characters', '智谱', '/en/companies/zhipu/'],
  ['a Chinese word inside a longer name', '算力平台', '/en/institutions/public-computing-platform/'],
  ['a Chinese word inside a longer name', '自动化研究所', '/en/institutions/casia/'],
];

test('English search: brands, the article’s wording, pinyin and Chinese find the page in the top three', async ({ page }) => {
  const misses: string[] = [];
  const table: string[] = [];
  for (const [kind, query, expected] of QUERIES) {
    const top = await search(page, query);
    if (!top.includes(expected)) misses.push(`${kind} "${query}": ${top.join(', ')}`);
    table.push(`| ${kind} | ${query} | ${expected} | ${top.indexOf(expected) + 1 || 'not in the top three'} |`);
  }
  // The query table with each result's rank, for the record (the assertion follows).
  console.log(['| kind | query | expected | rank |', '|---|---|---|---|', ...table].join('\n'));
  expect(misses).toEqual([]);
});

test('English search results are English pages only, from the English bundle', async ({ page, requests }) => {
  await page.goto('/en/search/?q=Tsinghua');
  await expect(page.locator('[data-search-results] .search-hit__title').first()).toBeVisible();
  const hrefs = await page.locator('[data-search-results] .search-hit__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(3);
  expect(hrefs.filter((h) => !h.startsWith('/en/'))).toEqual([]);
  const searchFiles = requests.map((r) => new URL(r.url()).pathname).filter((p) => p.includes('/pagefind/'));
  expect(searchFiles).toContain('/en/pagefind/pagefind.js');
  expect(searchFiles.filter((p) => !p.startsWith('/en/pagefind/'))).toEqual([]);
});

test("the English header search box loads the English bundle and opens an English page", async ({ page, requests }) => {
  await page.goto('/en/companies/zhipu/');
  const input = page.locator('#site-search-input');
  await input.pressSequentially('Moonshot', { delay: 20 });
  const option = page.locator('#site-search-results [role="option"]').first();
  await expect(option).toHaveAttribute('data-href', '/en/companies/moonshot-ai/');
  const bundles = requests.map((r) => new URL(r.url()).pathname).filter((p) => p.endsWith('/pagefind.js'));
  expect(bundles).toEqual(['/en/pagefind/pagefind.js']);
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
for (const path of ['/en/', '/en/companies/', '/en/companies/moonshot-ai/', '/en/figures/', '/en/timeline/', '/en/network/', '/en/data/', '/en/tags/', '/en/search/', '/en/map/']) {
  test(`axe: ${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
