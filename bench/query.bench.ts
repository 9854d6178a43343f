/**
 * Query benchmark: 100,000 synthetic records (names, ranks, provinces, clusters, periods,
 * dates, awards, texts of a few hundred words), written as the store lays them out
 * (vnews.sqlite), bypassing the pipeline to stay fast. Writes the store and its index
 * (time, size), times a run changing one record, then reports p50/p95 latency of each
 * filter over 50 runs with varied values: index only (all matching ids) and as a
 * researcher gets them (the first 20 records read).
 *
 *   npm run bench:query [-- --records N --runs N --keep DIR]
 */
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_UNITS, since2025Name } from '../src/data/provinces.js';
import { RANKS } from '../src/data/ranks.js';
import { queryIds, queryRecords, type QueryFilters } from '../src/query/index.js';
import Database from 'better-sqlite3';
import { RecordStore, prepareRecord } from '../src/store/record-store.js';
import { decodeRecord, RECORD_COLUMNS, type StoredRow } from '../src/store/record-codec.js';
import { storePath } from '../src/store/store-db.js';
import type { ArticleRecord, Mention } from '../src/record/schema.js';

const { values: args } = parseArgs({ options: { records: { type: 'string', default: '100000' }, runs: { type: 'string', default: '50' }, keep: { type: 'string' }, reuse: { type: 'boolean', default: false } } });
const N = Number(args.records);
const RUNS = Number(args.runs);

// Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same corpus.
let seed = 20251122;
const rand = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Lương', 'Trịnh', 'Đào'];
const MIDDLE = ['Văn', 'Thị', 'Ngọc', 'Quang', 'Minh', 'Đức', 'Thanh', 'Hữu', 'Bá', 'Xuân', 'Công', 'Trọng'];
const GIVEN = ['Thành', 'Thiều', 'Chữ', 'Tứ', 'Tiến', 'Hùng', 'Nam', 'Thạch', 'Đạt', 'Đào', 'Hải', 'Long', 'Tuấn', 'Bình', 'Dũng', 'Sơn', 'Phong', 'Quân', 'Hòa', 'Khánh', 'Lâm', 'Cường', 'Thắng', 'Vinh', 'Trung', 'Hiếu', 'Toàn', 'Hưng', 'Kiên', 'Lực'];
const RANK_NAMES = RANKS.filter((r) => r.order >= 2 && r.order <= 12 && !r.equivalent).map((r) => r.canonical);
const POSTS = ['Giám đốc Công an tỉnh', 'Phó Giám đốc Công an tỉnh', 'Trưởng phòng Tham mưu Công an tỉnh', 'Chủ tịch UBND tỉnh'];
const AWARDS = ['Giấy khen', 'Bằng khen', 'Cờ thi đua', 'Huân chương Chiến công hạng Ba', 'Huân chương Bảo vệ Tổ quốc hạng Nhì', 'Chiến sĩ thi đua cơ sở'];
const ISSUERS = ['Giám đốc Công an tỉnh', 'Bộ trưởng Bộ Công an', 'Chủ tịch UBND tỉnh', 'Chủ tịch nước'];
const FILLER = [
  'Hội nghị đã đánh giá kết quả thực hiện phong trào thi đua vì an ninh Tổ quốc trong toàn lực lượng.',
  'Lực lượng Công an đã chủ động nắm chắc tình hình, bảo vệ an ninh chính trị, bảo đảm trật tự an toàn xã hội.',
  'Các đơn vị tập trung đấu tranh, trấn áp các loại tội phạm hình sự, ma túy, kinh tế và công nghệ cao.',
  'Công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục được đẩy mạnh ở cơ sở.',
  'Cán bộ, chiến sĩ phát huy tinh thần trách nhiệm, hăng hái thi đua, hoàn thành xuất sắc nhiệm vụ được giao.',
  'Công tác xây dựng Đảng, xây dựng lực lượng trong sạch, vững mạnh được quan tâm chỉ đạo thường xuyên.',
  'Nhiều mô hình, cách làm hay trong phòng ngừa tội phạm được nhân rộng tại các địa phương.',
  'Hội nghị cũng chỉ ra những tồn tại, hạn chế và đề ra phương hướng, nhiệm vụ trọng tâm thời gian tới.',
  'Công tác cải cách hành chính, ứng dụng khoa học công nghệ trong lĩnh vực an ninh trật tự có nhiều chuyển biến.',
  'Tình hình an ninh nông thôn, an ninh tôn giáo, an ninh kinh tế cơ bản ổn định.',
  'Lực lượng Cảnh sát giao thông tăng cường tuần tra, kiểm soát, xử lý vi phạm trật tự an toàn giao thông.',
  'Các đơn vị trong cụm đã ký kết giao ước thi đua và tổ chức kiểm tra chéo theo kế hoạch.',
];
const SPECIAL = ['Cụm thi đua số 5-BCA', 'phong trào "Vì an ninh Tổ quốc"', 'Kế hoạch NEAR(2020)', 'đề án 06'];

const units = ALL_UNITS.filter((u) => !u.endedOn);

function makeRecord(i: number): ArticleRecord {
  let text = '';
  const mention = (s: string): Mention => {
    const start = text.length;
    text += s;
    return { start, end: text.length, text: s };
  };
  const fill = (n: number) => {
    for (let k = 0; k < n; k++) text += `${pick(FILLER)} `;
  };
  const year = int(2010, 2025);
  const publishedAt = rand() < 0.1 ? null : `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const provs = [...new Set(Array.from({ length: int(1, 3) }, () => pick(units)))];
  const rec: ArticleRecord = {
    schemaVersion: 1,
    id: (0x1000000000000000n + BigInt(i) * 7919n).toString(16).slice(-16),
    source: { location: `https://bench.invalid/tin-tuc/${i}.html`, sha256: '0'.repeat(64), fetchedAt: null, etag: null, lastModified: null, alsoAt: [] },
    language: { code: 'vie', confidence: 1 },
    title: `Công an tỉnh ${provs[0]!.name} ${pick(['tổng kết', 'sơ kết', 'triển khai'])} công tác năm ${year}`,
    publishedAt,
    authors: [],
    text: '',
    officials: [],
    provinces: [],
    clusters: [],
    periods: [],
    dates: [],
    awards: [],
    warnings: [],
  };
  const dm = mention(`Ngày ${int(1, 28)}/${int(1, 12)}/${year}`);
  rec.dates.push({ text: dm.text, value: `${year}`, mentions: [dm], foundBy: [{ rule: 'date/day', match: 'exact' }] });
  text += ', ';
  for (const u of provs) {
    text += 'Công an tỉnh ';
    rec.provinces.push({ name: u.name, code: u.code, since2025: since2025Name(u), mentions: [mention(u.name)], foundBy: [{ rule: 'province/name', match: 'exact' }] });
    text += ' và ';
  }
  text += 'các đơn vị tổ chức hội nghị. ';
  fill(int(2, 4));
  for (let k = int(1, 4); k > 0; k--) {
    const name = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const rank = rand() < 0.85 ? pick(RANK_NAMES) : null;
    const unit = rand() < 0.6 ? pick(provs) : null;
    const post = unit ? `${pick(POSTS)} ${unit.name}` : null;
    const m = mention(`${rank ? `${rank} ` : 'Đồng chí '}${name}`);
    if (post) text += `, ${post}`;
    text += ' phát biểu chỉ đạo hội nghị. ';
    rec.officials.push({ name, rank, honorific: rank ? null : 'Đồng chí', positions: post ? [post] : [], province: unit?.name ?? null, mentions: [m], foundBy: [{ rule: 'official/rank-name', match: 'exact' }] });
    fill(int(1, 3));
  }
  if (rand() < 0.5) {
    text += 'Đơn vị thuộc ';
    const n = int(1, 8);
    rec.clusters.push({ number: n, members: [], mentions: [mention(`Cụm thi đua số ${n}`)], foundBy: [{ rule: 'cluster/number', match: 'exact' }] });
    text += '. ';
  }
  const py = int(2010, 2025);
  const kind = int(0, 2);
  const period =
    kind === 0
      ? { text: `6 tháng đầu năm ${py}`, start: `${py}-01-01`, end: `${py}-06-30` }
      : kind === 1
        ? { text: `quý III/${py}`, start: `${py}-07-01`, end: `${py}-09-30` }
        : { text: `giai đoạn ${py}-${py + 4}`, start: `${py}-01-01`, end: `${py + 4}-12-31` };
  text += 'Trong ';
  rec.periods.push({ ...period, mentions: [mention(period.text)], foundBy: [{ rule: 'period/span', match: 'exact' }] });
  text += ', ';
  fill(int(2, 3));
  if (rand() < 0.6) {
    const type = pick(AWARDS);
    const c = int(1, 60);
    const p = int(1, 150);
    const issuer = pick(ISSUERS);
    const m = mention(`${type} cho ${c} tập thể, ${p} cá nhân`);
    rec.awards.push({ type, issuer, collectives: c, individuals: p, mentions: [m], foundBy: [{ rule: 'award/counts', match: 'exact' }] });
    text += '. ';
  }
  if (rand() < 0.05) text += `${pick(SPECIAL)}. `;
  fill(int(2, 4));
  rec.text = text.trim();
  return rec;
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function main(): Promise<void> {
  const outDir = args.keep ? path.resolve(args.keep) : await mkdtemp(path.join(tmpdir(), 'vnews-bench-query-'));
  await mkdir(outDir, { recursive: true });
  const names: string[] = [];
  let first: ArticleRecord | null = null;
  let t = performance.now();
  if (args.reuse) {
    // --reuse --keep DIR: benchmark the store a previous run left in DIR.
    const db = new Database(storePath(outDir), { readonly: true });
    for (const row of db.prepare(`SELECT ${RECORD_COLUMNS} FROM articles ORDER BY aid LIMIT 2000`).all() as StoredRow[]) {
      const r = JSON.parse(decodeRecord(row)!) as ArticleRecord;
      first ??= r;
      names.push(...r.officials.map((o) => o.name));
    }
    db.close();
    console.log(`reusing the store in ${outDir} (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores)`);
  } else {
    console.log(`generating ${N.toLocaleString('en')} records into ${storePath(outDir)} (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores)`);
    const store = await RecordStore.open(outDir);
    let words = 0;
    for (let i = 0; i < N; i++) {
      const r = makeRecord(i);
      first ??= r;
      if (i < 2000) names.push(...r.officials.map((o) => o.name));
      words += r.text.split(' ').length;
      store.put(prepareRecord(r));
    }
    await store.finish();
    const buildS = (performance.now() - t) / 1000;
    const size = (await stat(storePath(outDir))).size;
    console.log(`store and index written: ${buildS.toFixed(1)} s (${Math.round(N / buildS).toLocaleString('en')} records/s), vnews.sqlite ${(size / 1e6).toFixed(0)} MB, ${Math.round(words / N)} words per text on average`);
  }

  // One changed record, as after a nightly run that rewrote one article.
  const changed = { ...first!, title: 'Bài viết đã sửa', text: `${first!.text} Bài viết được cập nhật.` };
  t = performance.now();
  const store = await RecordStore.open(outDir);
  store.put(changed);
  await store.finish();
  console.log(`a run writing 1 changed record: ${(performance.now() - t).toFixed(0)} ms`);

  const provNames = units.map((u) => u.name);
  const asciiFold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  const range = () => {
    const y = int(2010, 2025);
    const m = int(1, 12);
    return { from: `${y}-${String(m).padStart(2, '0')}-01`, to: `${y}-${String(m).padStart(2, '0')}-28` };
  };
  const words3 = () => {
    const w = pick(FILLER).split(' ');
    const k = int(0, w.length - 3);
    return w.slice(k, k + int(2, 3)).join(' ');
  };
  const cases: [string, () => QueryFilters][] = [
    ['official (full name, folded)', () => ({ official: asciiFold(pick(names)) })],
    ['official (last two syllables)', () => ({ official: pick(names).split(' ').slice(1).join(' ') })],
    ['rank', () => ({ rank: asciiFold(pick(RANK_NAMES)) })],
    ['province', () => ({ province: asciiFold(pick(provNames)) })],
    ['province + successors', () => ({ province: pick(provNames), successors: true })],
    ['cluster', () => ({ cluster: int(1, 8) })],
    ['from/to (one month)', range],
    ['award', () => ({ award: asciiFold(pick(AWARDS)).split(' ').slice(0, 2).join(' ') })],
    ['text (phrase)', () => ({ text: words3() })],
    ['text (rare: "5-BCA")', () => ({ text: pick(['5-BCA', 'NEAR(2020)', 'de an 06']) })],
    ['province + rank + from/to (year)', () => ({ province: asciiFold(pick(provNames)), rank: pick(RANK_NAMES), from: String(int(2010, 2025)), to: String(int(2015, 2025)).replace(/^/, '') })],
    ['official + text', () => ({ official: pick(names).split(' ').slice(1).join(' '), text: 'an ninh' })],
  ];
  console.log(`\nload average now ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log(`latency over ${RUNS} runs each (ms of wall time; "ids" = every matching id from the index, with its CPU time; "first 20" = the first 20 records read, as queryRecords(…, { limit: 20 }) does)`);
  console.log(`${'filter'.padEnd(36)} ${'ids p50'.padStart(8)} ${'ids p95'.padStart(8)} ${'ids cpu50'.padStart(9)} ${'first20 p50'.padStart(12)} ${'first20 p95'.padStart(12)} ${'matches (mean)'.padStart(15)}`);
  for (const [label, make] of cases) {
    const idT: number[] = [];
    const idCpu: number[] = [];
    const recT: number[] = [];
    let matched = 0;
    for (let k = 0; k < RUNS; k++) {
      const f = make();
      if (f.from && f.to && f.from > f.to) [f.from, f.to] = [f.to, f.from];
      let s = performance.now();
      const c0 = process.cpuUsage();
      const { ids: got } = await queryIds(outDir, f);
      idT.push(performance.now() - s);
      const c = process.cpuUsage(c0);
      idCpu.push((c.user + c.system) / 1000);
      matched += got.length;
      s = performance.now();
      await queryRecords(outDir, f, { limit: 20 });
      recT.push(performance.now() - s);
    }
    const fmt = (x: number, w: number) => x.toFixed(1).padStart(w);
    console.log(`${label.padEnd(36)} ${fmt(quantile(idT, 0.5), 8)} ${fmt(quantile(idT, 0.95), 8)} ${fmt(quantile(idCpu, 0.5), 9)} ${fmt(quantile(recT, 0.5), 12)} ${fmt(quantile(recT, 0.95), 12)} ${String(Math.round(matched / RUNS)).padStart(15)}`);
  }
  if (!args.keep) await rm(outDir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
