/**
 * schema.json checked by validators other than the zod definition it is generated from:
 * ajv 8 in strict mode (with ajv-formats) always, and Python's jsonschema where python3 has
 * it (Debian's python3-jsonschema; .ci/run installs it). The records are those the real
 * pipeline writes for every fixture (corpus/, fixtures/articles, fixtures/pages,
 * fixtures/inputs, the WARC fixtures, the portal pages), plus the hand-written records of
 * fixtures/records; the broken records are those records with one thing wrong each.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ingest } from '../src/ingest.js';
import { processArticle } from '../src/pipeline.js';
import { ArticleRecord, recordJsonSchema, WARNING_CODES } from '../src/record/schema.js';
import { RANKS } from '../src/data/ranks.js';
import { PROVINCES, DEFUNCT, UNITS_2025 } from '../src/data/provinces.js';
import { ENGLISH_RANKS } from '../src/data/english-titles.js';
import { SITE_PROFILES } from '../src/data/site-profiles.js';
import { rules } from '../src/extract/extract-entities.js';
import { RULE_ID } from '../src/record/parts.js';
import { RANK_NAMES } from '../src/record/vocabularies.js';
import { messagesTable, replaceMessagesBlock } from '../src/record/messages-table.js';
import { toFetchedAt, toLastModified } from '../src/record/source-dates.js';
import type { LoadedArticle } from '../src/types.js';

type Json = Record<string, any>;

const INPUTS = ['corpus', 'fixtures/articles', 'fixtures/pages', 'fixtures/inputs', 'fixtures/warc', 'fixtures/portal/tin-tuc'];

let out = '';
let schema: Json = {};
let records: Json[] = [];
let validate: ValidateFunction;

const newAjv = () => {
  // strict: unknown keywords, formats, ambiguous types and tuples are errors, not warnings.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv;
};

beforeAll(async () => {
  out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vnews-schema-')), 'output');
  const run = await ingest(INPUTS, { outDir: out, jobs: 1, exports: ['jsonl'] });
  expect(run.written).toBeGreaterThan(150);
  schema = JSON.parse(fs.readFileSync(path.join(out, 'schema.json'), 'utf8')) as Json;
  records = fs
    .readFileSync(path.join(out, 'records.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Json);
  validate = newAjv().compile(schema);
}, 120_000);

const handWritten = (): Json[] => fs.readdirSync('fixtures/records').map((f) => JSON.parse(fs.readFileSync(path.join('fixtures/records', f), 'utf8')) as Json);

/** A record that has an entity of every type and authors, to break one thing of. */
const fullRecord = (): Json => {
  const r = records.find((x) => ['officials', 'provinces', 'clusters', 'periods', 'dates', 'awards', 'authors'].every((k) => x[k].length > 0) && x.officials.some((o: Json) => o.rank && o.province) && x.clusters.some((c: Json) => c.members.length));
  expect(r, 'a fixture record with every entity type').toBeDefined();
  return structuredClone(r!);
};

/** Where ajv says a record is wrong (instance paths), or [] when it is valid. */
const ajvErrors = (r: unknown): string[] => (validate(r) ? [] : (validate.errors ?? []).map((e) => e.instancePath || '/'));

describe('schema.json under ajv (strict mode)', () => {
  it('is the JSON Schema of the zod definition, draft 2020-12', () => {
    expect(schema).toEqual(JSON.parse(JSON.stringify(recordJsonSchema())));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('compiles in strict mode (no unknown keyword or format, no loose types)', () => {
    expect(() => newAjv().compile(schema)).not.toThrow();
  });

  it('accepts every record the pipeline writes for the fixtures', () => {
    const bad = records.flatMap((r) => ajvErrors(r).map((e) => `${r.source.location}: ${e}`));
    expect(bad).toEqual([]);
    // The fixtures exercise what the schema constrains: every entity type, warnings, fetched sources.
    for (const k of ['officials', 'provinces', 'clusters', 'periods', 'dates', 'awards', 'warnings', 'authors']) expect(records.some((r) => r[k].length > 0), k).toBe(true);
    expect(records.some((r) => r.source.fetchedAt !== null)).toBe(true);
    expect(new Set(records.flatMap((r) => r.warnings.map((w: Json) => w.code))).size).toBeGreaterThanOrEqual(3);
  });

  it('accepts the hand-written records of fixtures/records', () => {
    const rs = handWritten();
    expect(rs.length).toBeGreaterThan(0);
    expect(rs.flatMap((r) => ajvErrors(r).map((e) => `${r.id}: ${e}`))).toEqual([]);
  });
});

/** Broken records: a fixture record with one thing wrong, and where a validator should say so. */
const BROKEN: Array<{ name: string; at: string; change: (r: Json) => void }> = [
  { name: 'publishedAt "2020-13-45" (no month 13)', at: '/publishedAt', change: (r) => (r.publishedAt = '2020-13-45') },
  { name: 'publishedAt "2021-02-29" (2021 is not a leap year)', at: '/publishedAt', change: (r) => (r.publishedAt = '2021-02-29') },
  { name: 'publishedAt "20/11/2020" (not ISO)', at: '/publishedAt', change: (r) => (r.publishedAt = '20/11/2020') },
  { name: 'fetchedAt "last night"', at: '/source/fetchedAt', change: (r) => (r.source.fetchedAt = 'last night') },
  { name: 'fetchedAt without a time zone', at: '/source/fetchedAt', change: (r) => (r.source.fetchedAt = '2024-06-12T10:00:00') },
  { name: 'lastModified "yesterday"', at: '/source/lastModified', change: (r) => (r.source.lastModified = 'yesterday') },
  { name: 'province code "ABC"', at: '/provinces/0/code', change: (r) => (r.provinces[0].code = 'ABC') },
  { name: 'province code "99" (no such unit)', at: '/provinces/0/code', change: (r) => (r.provinces[0].code = '99') },
  { name: 'province name "Atlantis"', at: '/provinces/0/name', change: (r) => (r.provinces[0].name = 'Atlantis') },
  { name: 'province name written without diacritics', at: '/provinces/0/name', change: (r) => (r.provinces[0].name = 'Nghe An') },
  { name: 'since2025 "Hà Tây" (not one of the 34 units of 2025)', at: '/provinces/0/since2025', change: (r) => (r.provinces[0].since2025 = 'Hà Tây') },
  { name: 'rank "General"', at: '/officials/0/rank', change: (r) => (r.officials[0].rank = 'General') },
  { name: 'official province "Atlantis"', at: '/officials/0/province', change: (r) => (r.officials[0].province = 'Atlantis') },
  { name: 'cluster member "Atlantis"', at: '/clusters/0/members/0', change: (r) => (r.clusters.find((c: Json) => c.members.length).members[0] = 'Atlantis') },
  { name: 'an unknown warning code', at: '/warnings/0/code', change: (r) => (r.warnings = [{ code: 'made-up', message: 'x', start: null, end: null }]) },
  { name: 'empty text', at: '/text', change: (r) => (r.text = '') },
  { name: 'an empty author', at: '/authors/0', change: (r) => (r.authors[0] = '') },
  { name: 'an empty official name', at: '/officials/0/name', change: (r) => (r.officials[0].name = '') },
  { name: 'an empty mention text', at: '/officials/0/mentions/0/text', change: (r) => (r.officials[0].mentions[0].text = '') },
  { name: 'a negative offset', at: '/provinces/0/mentions/0/start', change: (r) => (r.provinces[0].mentions[0].start = -1) },
  { name: 'an entity without mentions', at: '/provinces/0/mentions', change: (r) => (r.provinces[0].mentions = []) },
  { name: 'a rule id that is not one', at: '/provinces/0/foundBy/0/rule', change: (r) => (r.provinces[0].foundBy[0].rule = 'Province Name') },
  { name: 'a period starting on 2020-02-30', at: '/periods/0/start', change: (r) => (r.periods[0].start = '2020-02-30') },
  { name: 'a date value "2019-13"', at: '/dates/0/value', change: (r) => (r.dates[0].value = '2019-13') },
  { name: 'an id that is not 16 hex digits', at: '/id', change: (r) => (r.id = 'not-an-id') },
];

/** A field the schema does not know: schema.json refuses it; zod, writing a record, leaves it out, so no record written has one. */
const UNKNOWN_FIELD = { name: 'a field the schema does not know', at: '/', change: (r: Json) => (r.extra = 1) };

const broken = (change: (r: Json) => void): Json => {
  const r = fullRecord();
  change(r);
  return r;
};

describe('broken records are refused by ajv and by the zod definition alike', () => {
  it.each(BROKEN)('$name', ({ at, change }) => {
    const r = broken(change);
    expect({ ajv: ajvErrors(r).includes(at), zod: ArticleRecord.safeParse(r).success }).toEqual({ ajv: true, zod: false });
  });

  it('a field the schema does not know: ajv refuses it, and zod leaves it out of what it writes', () => {
    const r = broken(UNKNOWN_FIELD.change);
    const parsed = ArticleRecord.safeParse(r);
    expect({ ajv: ajvErrors(r), zodKeeps: parsed.success && 'extra' in parsed.data }).toEqual({ ajv: ['/'], zodKeeps: false });
  });

  it('the record broken each way is valid before it is broken', () => {
    expect(ajvErrors(fullRecord())).toEqual([]);
    expect(ArticleRecord.safeParse(fullRecord()).success).toBe(true);
  });

  // Cross-field rules JSON Schema cannot state: zod checks them before a record is written,
  // and the descriptions in schema.json say them.
  it.each([
    { name: 'a mention that ends where it starts', change: (r: Json) => (r.officials[0].mentions[0].end = r.officials[0].mentions[0].start) },
    { name: 'a period that ends before it starts', change: (r: Json) => ([r.periods[0].start, r.periods[0].end] = ['2020-12-31', '2020-01-01']) },
    { name: 'a Last-Modified with the wrong weekday (5 July 2024 was a Friday)', change: (r: Json) => (r.source.lastModified = 'Mon, 05 Jul 2024 01:00:00 GMT') },
    { name: 'a warning with a start and no end', change: (r: Json) => (r.warnings = [{ code: 'typo', message: 'x', start: 3, end: null }]) },
  ])('zod alone refuses $name', ({ change }) => {
    expect(ArticleRecord.safeParse(broken(change)).success).toBe(false);
  });
});

/** Every schema node reachable under `properties`, with its path, and the $defs it refers to resolved for its description. */
function fields(s: Json): Array<{ path: string; node: Json; described: boolean }> {
  const defs = (s.$defs ?? {}) as Record<string, Json>;
  const resolve = (n: Json): Json => (typeof n.$ref === 'string' ? defs[n.$ref.replace('#/$defs/', '')]! : n);
  const outList: Array<{ path: string; node: Json; described: boolean }> = [];
  const walk = (n: Json, at: string): void => {
    for (const [k, v] of Object.entries((n.properties ?? {}) as Record<string, Json>)) {
      const p = `${at}.${k}`;
      outList.push({ path: p, node: v, described: typeof (v.description ?? resolve(v).description) === 'string' && (v.description ?? resolve(v).description).length > 10 });
    }
  };
  walk(s, '$');
  for (const [name, d] of Object.entries(defs)) walk(d, `$defs.${name}`);
  return outList;
}

describe('schema.json describes every field', () => {
  it('every property and every $defs entry has a description', () => {
    const all = fields(schema);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((f) => !f.described).map((f) => f.path)).toEqual([]);
    expect(Object.entries(schema.$defs as Record<string, Json>).filter(([, d]) => !d.description).map(([n]) => n)).toEqual([]);
    expect(schema.description).toContain('code points');
  });

  it('says that offsets count code points, where offsets are', () => {
    const mention = schema.$defs.Mention.properties;
    expect(mention.start.description).toContain('code points');
    expect(mention.end.description).toContain('code points');
    expect(schema.$defs.Warning.properties.start.description).toContain('code points');
  });

  it('uses format date and date-time where they apply', () => {
    const anyOfFormat = (n: Json): string | undefined => n.format ?? (n.anyOf as Json[] | undefined)?.find((x) => x.format)?.format;
    expect(anyOfFormat(schema.properties.publishedAt)).toBe('date');
    expect(anyOfFormat(schema.$defs.Source.properties.fetchedAt)).toBe('date-time');
    expect(schema.$defs.Period.properties.start.format).toBe('date');
    expect(schema.$defs.Period.properties.end.format).toBe('date');
  });

  it('enumerates the canonical ranks, the province units and codes, the 2025 units and the warning codes', () => {
    const enumOf = (n: Json): string[] => n.enum ?? (n.anyOf as Json[]).find((x) => x.enum)!.enum;
    expect(enumOf(schema.$defs.Official.properties.rank)).toEqual([...new Set(RANKS.map((r) => r.canonical))]);
    const names = schema.$defs.ProvinceName.enum as string[];
    for (const u of [...PROVINCES, ...DEFUNCT, ...UNITS_2025]) expect(names).toContain(u.name);
    expect(names).toContain('Huế');
    expect(names).toHaveLength(new Set([...PROVINCES, ...DEFUNCT, ...UNITS_2025].map((u) => u.name).concat('Huế')).size);
    expect(PROVINCES).toHaveLength(63);
    expect(UNITS_2025).toHaveLength(34);
    const codes = schema.$defs.Province.properties.code.enum as string[];
    expect(codes).toEqual(expect.arrayContaining([...PROVINCES, ...DEFUNCT, ...UNITS_2025].map((u) => u.code)));
    expect(codes).toContain('28');
    expect(enumOf(schema.$defs.Province.properties.since2025)).toEqual(UNITS_2025.map((u) => u.name));
    expect(schema.$defs.Warning.properties.code.enum).toEqual(Object.keys(WARNING_CODES));
  });

  it('sets minLength 1 where an empty string is wrong', () => {
    const min = (n: Json): number | undefined => n.minLength ?? (n.anyOf as Json[] | undefined)?.find((x) => x.type === 'string')?.minLength;
    expect(min(schema.properties.text)).toBe(1);
    expect(min(schema.properties.authors.items)).toBe(1);
    expect(min(schema.$defs.Mention.properties.text)).toBe(1);
    expect(min(schema.$defs.Official.properties.name)).toBe(1);
    expect(min(schema.$defs.Award.properties.type)).toBe(1);
    expect(min(schema.$defs.Source.properties.location)).toBe(1);
  });
});

describe('the vocabularies the schema enumerates agree with the rules that write them', () => {
  it('every English rank maps to a canonical rank', () => {
    expect(ENGLISH_RANKS.filter((r) => !RANK_NAMES.includes(r.vi))).toEqual([]);
  });

  it('every rule id of the recognisers and of the HTML stage is a rule id as the schema states it', () => {
    const ids = [...rules.map((r) => r.id), 'article/html', 'article/html-limits', ...SITE_PROFILES.map((p) => `article/profile/${p.id}`)];
    expect(ids.filter((id) => !RULE_ID.test(id))).toEqual([]);
  });

  it('the README "Messages" table is generated from the warning-code registry (run `npm run messages-table`)', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    expect(replaceMessagesBlock(readme, messagesTable())).toBe(readme);
    for (const code of Object.keys(WARNING_CODES)) expect(readme).toContain(`| \`${code}\` |`);
  });
});

describe('source dates as the schema wants them', () => {
  it('keeps an RFC 3339 UTC fetchedAt as written, rewrites an offset to UTC, refuses the rest', () => {
    expect(toFetchedAt('2024-06-12T10:00:00Z')).toBe('2024-06-12T10:00:00Z');
    expect(toFetchedAt('2024-07-05T01:02:03.456Z')).toBe('2024-07-05T01:02:03.456Z');
    expect(toFetchedAt('2024-07-05T08:02:03+07:00')).toBe('2024-07-05T01:02:03.000Z');
    expect(toFetchedAt('last night')).toBeUndefined();
    expect(toFetchedAt('2024-02-30T10:00:00Z')).toBeUndefined();
    expect(toFetchedAt('2024-06-12T10:00:00')).toBeUndefined();
  });

  it('keeps an IMF-fixdate Last-Modified as sent, rewrites the obsolete forms, refuses the rest', () => {
    expect(toLastModified('Fri, 05 Jul 2024 01:00:00 GMT')).toBe('Fri, 05 Jul 2024 01:00:00 GMT');
    expect(toLastModified('Sunday, 06-Nov-94 08:49:37 GMT')).toBe('Sun, 06 Nov 1994 08:49:37 GMT');
    expect(toLastModified('Sun Nov  6 08:49:37 1994')).toBe('Sun, 06 Nov 1994 08:49:37 GMT');
    expect(toLastModified('Mon, 05 Jul 2024 01:00:00 GMT')).toBeUndefined();
    expect(toLastModified('Fri, 31 Feb 2024 01:00:00 GMT')).toBeUndefined();
    expect(toLastModified('yesterday')).toBeUndefined();
  });

  const article = (source: Partial<LoadedArticle['source']>): LoadedArticle => ({
    source: { location: 'https://vidu.invalid/bai.html', sha256: 'a'.repeat(64), fetchedAt: null, etag: null, lastModified: null, ...source },
    kind: 'text',
    body: 'Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh Nghệ An, dự hội nghị.',
    warnings: [],
  });

  it('an archived record with an unreadable WARC-Date and Last-Modified still becomes a record, the dates dropped with bad-date warnings', () => {
    const r = processArticle(article({ fetchedAt: 'not a date', lastModified: 'sometime in July' }));
    expect(r.source.fetchedAt).toBeNull();
    expect(r.source.lastModified).toBeNull();
    expect(r.warnings.map((w) => [w.code, w.message])).toEqual([
      ['bad-date', 'https://vidu.invalid/bai.html: fetch date (WARC-Date) "not a date" is not a date; ignored'],
      ['bad-date', 'https://vidu.invalid/bai.html: Last-Modified "sometime in July" is not a date; ignored'],
    ]);
    expect(ajvErrors(r)).toEqual([]);
  });

  it('an obsolete Last-Modified form is written as an IMF-fixdate; good values are kept byte for byte', () => {
    const old = processArticle(article({ fetchedAt: '2024-07-05T01:02:03Z', lastModified: 'Sunday, 06-Nov-94 08:49:37 GMT' }));
    expect(old.source.lastModified).toBe('Sun, 06 Nov 1994 08:49:37 GMT');
    expect(old.warnings).toEqual([]);
    const good = processArticle(article({ fetchedAt: '2024-07-05T01:02:03Z', etag: 'W/"abc"', lastModified: 'Fri, 05 Jul 2024 01:00:00 GMT' }));
    expect(good.source).toEqual({ location: 'https://vidu.invalid/bai.html', sha256: 'a'.repeat(64), fetchedAt: '2024-07-05T01:02:03Z', etag: 'W/"abc"', lastModified: 'Fri, 05 Jul 2024 01:00:00 GMT', alsoAt: [] });
  });
});

/**
 * python3 with the jsonschema package, when there is one: the one on PATH, else Debian's
 * /usr/bin/python3 (python3-jsonschema). The reason when there is none, for the skip message.
 */
function findPythonJsonschema(): { python: string; version: string } | { missing: string } {
  for (const python of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', 'import importlib.metadata as m, jsonschema; print(m.version("jsonschema"))'], { encoding: 'utf8' });
    if (r.status === 0) return { python, version: r.stdout.trim() };
  }
  return { missing: 'python3 with the jsonschema package was not found (apt-get install python3-jsonschema)' };
}

const PY = findPythonJsonschema();
const pyReason = 'missing' in PY ? ` [SKIPPED: ${PY.missing}]` : '';
if ('missing' in PY) console.warn(`test/schema.test.ts: the Python jsonschema check is skipped: ${PY.missing}`);

const VALIDATE_PY = String.raw`
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
where = lambda r: ["/" + "/".join(str(p) for p in e.absolute_path) for e in v.iter_errors(r)]
out = {"invalid": [], "broken": {}}
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    if where(r):
        out["invalid"].append([r["source"]["location"], where(r)])
for line in open(sys.argv[3], encoding="utf-8"):
    name, r = json.loads(line)
    out["broken"][name] = where(r)
print(json.dumps(out))
`;

describe('schema.json under Python jsonschema (Draft 2020-12)', () => {
  it.skipIf('missing' in PY)(`accepts every fixture record and refuses every broken one${pyReason}`, () => {
    if ('missing' in PY) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnews-pyschema-'));
    const script = path.join(dir, 'validate.py');
    const good = path.join(dir, 'records.jsonl');
    const bad = path.join(dir, 'broken.jsonl');
    fs.writeFileSync(script, VALIDATE_PY);
    fs.writeFileSync(good, [...records, ...handWritten()].map((r) => JSON.stringify(r)).join('\n') + '\n');
    fs.writeFileSync(bad, [...BROKEN, UNKNOWN_FIELD].map((b) => JSON.stringify([b.name, broken(b.change)])).join('\n') + '\n');
    const run = spawnSync(PY.python, [script, path.join(out, 'schema.json'), good, bad], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { invalid: unknown[]; broken: Record<string, string[]> };
    expect(result.invalid).toEqual([]);
    const missed = [...BROKEN, UNKNOWN_FIELD].filter((b) => !result.broken[b.name]!.includes(b.at)).map((b) => `${b.name}: ${JSON.stringify(result.broken[b.name])}`);
    expect(missed).toEqual([]);
  });
});

