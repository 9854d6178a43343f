/**
 * The article-extraction data (src/data/article-chrome.ts, src/data/site-profiles.ts):
 * NFC, no duplicates, every selector and pattern compiles, host patterns match the sites
 * they are for and nothing else.
 */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import * as chrome from '../src/data/article-chrome.js';
import { SITE_PROFILES } from '../src/data/site-profiles.js';
import { pickProfile } from '../src/article/extract-html-article.js';
import { fold } from '../src/text/fold.js';

const lists = Object.entries(chrome).flatMap(([k, v]) => (Array.isArray(v) ? [[k, v as readonly string[]] as const] : []));
const patterns = Object.entries(chrome).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as const] : []));

describe('article-chrome word lists', () => {
  it('has the lists the extractors read', () => {
    expect(lists.map(([k]) => k).sort()).toEqual(
      ['AD_LABELS', 'BYLINE_LABELS', 'BYLINE_ROLES', 'BYLINE_SUFFIXES', 'BYLINE_UNIT_OPENERS', 'CLAUSE_WORDS', 'CAPTION_OPENERS', 'CMS_ACCOUNTS', 'CREDIT_LABELS', 'DATELINE_LABELS', 'DESK_WORDS', 'HTML_CHROME', 'NOT_NAME_OPENERS', 'OUTLETS', 'OUTLET_OPENERS', 'OUTLET_QUALIFIERS', 'RELATED_OPENERS', 'REPORTER_PLACEHOLDERS', 'SECTION_NAMES', 'SOURCE_OPENERS', 'STORY_PERSON_LEADS', 'WEEKDAYS'].sort(),
    );
  });
  for (const [name, list] of lists) {
    it(`${name}: NFC, trimmed, no duplicate once folded`, () => {
      for (const w of list) {
        expect(w).toBe(w.normalize('NFC'));
        expect(w).toBe(w.trim());
        expect(w.length).toBeGreaterThan(0);
      }
      const folded = list.map((w) => (name === 'HTML_CHROME' ? w : fold(w)));
      expect(new Set(folded).size).toBe(folded.length);
    });
  }
  it('HTML_CHROME selectors compile', () => {
    const $ = cheerio.load('<p>x</p>');
    for (const sel of chrome.HTML_CHROME) expect(() => $(sel)).not.toThrow();
  });
  for (const [name, source] of patterns) it(`${name} compiles`, () => expect(() => new RegExp(source, 'i')).not.toThrow());
  it('AD_BLOCK matches ad-slot class and id words, not words that merely contain "ad"', () => {
    const re = new RegExp(chrome.AD_BLOCK, 'i');
    for (const w of ['ads', 'banner-ads', 'ads_label', 'adsbygoogle', 'adsbygoogle-box', 'ads-inread', 'sis_inread', 'advertisement', 'quang-cao', 'box_ad'])
      expect(re.test(w), w).toBe(true);
    for (const w of ['header', 'heads', 'threads', 'download', 'loaded', 'readmore', 'add-comment', 'fck_detail', 'article', 'badge'])
      expect(re.test(w), w).toBe(false);
  });
  it('an account, an outlet and a placeholder never share an entry', () => {
    const accounts = new Set(chrome.CMS_ACCOUNTS.map(fold));
    const outlets = new Set(chrome.OUTLETS.map(fold));
    for (const p of chrome.REPORTER_PLACEHOLDERS.map(fold)) {
      expect(accounts.has(p)).toBe(false);
      expect(outlets.has(p)).toBe(false);
    }
    for (const a of accounts) expect(outlets.has(a)).toBe(false);
  });
});

describe('site profiles', () => {
  it('have unique ids and hosts', () => {
    const ids = SITE_PROFILES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const hosts = SITE_PROFILES.flatMap((p) => p.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });
  for (const p of SITE_PROFILES) {
    it(`${p.id}: every selector and pattern compiles`, () => {
      const $ = cheerio.load('<p>x</p>');
      const selectors = [p.detect, ...(p.title ?? []), ...(p.lead ?? []), ...(p.date ?? []), ...(p.byline ?? []), ...(p.body ?? []), ...(p.chrome ?? []), ...(p.stamps ?? [])];
      for (const sel of selectors) if (sel) expect(() => $(sel)).not.toThrow();
      for (const re of [p.hostPattern, p.leadPrefix, p.urlDate]) if (re) expect(() => new RegExp(re, 'iu')).not.toThrow();
    });
  }
  it('are chosen by host, subdomains included', () => {
    const $ = cheerio.load('<p>x</p>');
    const pick = (url: string): string | null => pickProfile($, url)?.id ?? null;
    expect(pick('https://vnexpress.net/a-1.html')).toBe('vnexpress');
    expect(pick('https://m.vnexpress.net/a-1.html')).toBe('vnexpress');
    expect(pick('https://dantri.com.vn/xa-hoi/a-20221224095943188.htm')).toBe('dantri');
    expect(pick('https://nld.com.vn/a.htm')).toBe('tuoitre-nld');
    expect(pick('https://thanhnien.vn/a.htm')).toBe('thanhnien');
    expect(pick('https://laodong.vn/a.ldo')).toBe('laodong');
    expect(pick('https://congan.thanhhoa.gov.vn/tin-tuc/a')).toBe('police-portal');
    expect(pick('https://bocongan.gov.vn/tin-tuc/a')).toBe('police-portal');
    expect(pick('https://notvnexpress.net/a.html')).toBeNull();
    expect(pick('https://thanhhoa.gov.vn/a')).toBeNull();
  });
});
