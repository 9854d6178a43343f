/**
 * The officials vocabulary (ranks, honorifics, positions, abbreviations, family names):
 * NFC, no duplicate alias, no word in two roles, the rank ladder in order.
 */
import { describe, it, expect } from 'vitest';
import { RANKS, RANK_SUFFIXES, RANK_FORCE_WORDS } from '../src/data/ranks.js';
import { HONORIFICS, ACADEMIC_TITLES, HISTORICAL_NAMES, HONORIFIC_FUZZY_THRESHOLD, PERSONA_CUES } from '../src/data/honorifics.js';
import {
  POSITION_HEADS, POSITION_PREFIXES, POSITION_SUFFIXES, POSITION_JOINERS, ORGANISATION_WORDS, UNIT_WORDS,
  NAMES_WITH_SEPARATORS, FOREIGN_BODIES, APPOSITION_ENDS, POSITION_BEFORE_BLOCKERS, ON_BEHALF_BLOCKERS,
  COUNTRIES, MINISTRY_NAMES, POSITION_LINKS, BIRTH_MARKERS, AGE_WORDS,
  NAME_POSITION_LINKS, PARENT_UNITS, HEAD_FUZZY_THRESHOLD,
} from '../src/data/positions.js';
import { POLICE_ABBREVIATIONS } from '../src/data/police-abbreviations.js';
import { FAMILY_NAMES as FAMILY } from '../src/data/family-names.js';
import { PLACE_WORDS } from '../src/data/place-words.js';
import { toneKey } from '../src/extract/lexicon/tone-key.js';
import { OFFICIAL_RULES as officialRules } from '../src/extract/officials/index.js';

const FAMILY_NAMES = FAMILY.map((f) => f.name);
const PLACE_TYPE_WORDS = PLACE_WORDS.filter((p) => p.unit).map((p) => p.word);
const PROVINCE_PLACE_WORDS = PLACE_WORDS.filter((p) => p.level === 'province').map((p) => p.word);

const separated = NAMES_WITH_SEPARATORS.flatMap((s) => (typeof s === 'string' ? [s] : [s.canonical, ...s.variants]));
const ministries = MINISTRY_NAMES.flatMap((s) => (typeof s === 'string' ? [s] : [s.canonical, ...s.variants]));

const lists: Record<string, readonly string[]> = {
  ranks: RANKS.flatMap((r) => [r.canonical, ...r.variants]),
  rankSuffixes: RANK_SUFFIXES,
  rankForces: RANK_FORCE_WORDS,
  honorifics: HONORIFICS.filter((h) => h.readsOfficial).flatMap((h) => [h.canonical, ...h.variants]),
  academic: ACADEMIC_TITLES,
  historical: HISTORICAL_NAMES,
  personaCues: PERSONA_CUES,
  heads: POSITION_HEADS.flatMap((h) => [h.canonical, ...(h.variants ?? [])]),
  prefixes: POSITION_PREFIXES.map((m) => m.canonical),
  suffixes: POSITION_SUFFIXES.map((m) => m.canonical),
  joiners: POSITION_JOINERS,
  organisations: ORGANISATION_WORDS,
  units: UNIT_WORDS,
  separated,
  foreign: FOREIGN_BODIES,
  countries: COUNTRIES,
  ministries,
  placeTypes: PLACE_TYPE_WORDS,
  provincePlaceTypes: PROVINCE_PLACE_WORDS,
  links: POSITION_LINKS.map((l) => l.word),
  birth: [...BIRTH_MARKERS, ...AGE_WORDS],
  ends: APPOSITION_ENDS,
  blockers: [...POSITION_BEFORE_BLOCKERS, ...ON_BEHALF_BLOCKERS],
  nameLinks: NAME_POSITION_LINKS,
  parentUnits: PARENT_UNITS.map((u) => u.canonical),
  abbreviations: POLICE_ABBREVIATIONS.flatMap((a) => [a.abbr, a.expansion]),
  familyNames: FAMILY_NAMES,
};

describe('officials data: form', () => {
  it('every entry is NFC, trimmed and non-empty', () => {
    for (const [name, list] of Object.entries(lists)) {
      for (const s of list) {
        expect(s, `${name}: ${s}`).toBe(s.normalize('NFC'));
        expect(s, `${name}: ${s}`).toBe(s.trim());
        expect(s.length, name).toBeGreaterThan(0);
      }
    }
  });

  it('no list repeats an entry up to case and tone-mark placement', () => {
    const keyed = { ...lists, abbreviations: POLICE_ABBREVIATIONS.map((a) => a.abbr) };
    for (const [name, list] of Object.entries(keyed)) {
      // Abbreviations are matched as written (case included), the rest up to case and tone placement.
      const keys = name === 'abbreviations' ? [...list] : list.map(toneKey);
      const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(dupes, name).toEqual([]);
    }
  });

  it('no word plays two roles (rank, honorific, head, modifier, organisation, unit, place word, clause end)', () => {
    const roles: Record<string, readonly string[]> = {
      rank: lists.ranks!, honorific: lists.honorifics!, head: lists.heads!, prefix: lists.prefixes!, suffix: lists.suffixes!,
      organisation: lists.organisations!, unit: lists.units!, placeType: lists.placeTypes!, end: lists.ends!, joiner: lists.joiners!,
      country: lists.countries!, ministry: lists.ministries!, foreignBody: lists.foreign!, persona: lists.personaCues!,
    };
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [role, list] of Object.entries(roles)) {
      for (const s of list) {
        const k = toneKey(s);
        const other = seen.get(k);
        if (other && other !== role) clashes.push(`${s}: ${other} and ${role}`);
        seen.set(k, role);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('family names are single capitalised syllables and none is an honorific', () => {
    for (const f of FAMILY_NAMES) {
      expect(f, f).toMatch(/^\p{Lu}\p{Ll}*$/u);
      expect(HONORIFICS.some((h) => toneKey(h.canonical) === toneKey(f)), f).toBe(false);
    }
    expect(FAMILY_NAMES).toContain('Nguyễn');
    expect(FAMILY_NAMES).not.toContain('Ông');
  });
});

describe('officials data: rank ladder', () => {
  it('CAND ladder: 17 ranks, orders 1…17 from Đại tướng to Binh nhì', () => {
    const cand = RANKS.filter((r) => r.force === 'CAND, QĐND');
    expect(cand.map((r) => r.order)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(cand[0]!.canonical).toBe('Đại tướng');
    expect(cand.map((r) => r.canonical).slice(0, 15)).toEqual([
      'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
      'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'Thượng sĩ', 'Trung sĩ', 'Hạ sĩ',
    ]);
  });

  it('the whole list is ordered highest first', () => {
    const orders = RANKS.map((r) => r.order);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
  });

  it('navy flag ranks share the order of their army equivalent', () => {
    const navy = RANKS.filter((r) => r.force === 'QĐND (Hải quân)');
    expect(navy.map((r) => r.canonical)).toEqual(['Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc']);
    for (const r of navy) {
      const eq = RANKS.find((x) => x.canonical === r.equivalent);
      expect(eq, r.canonical).toBeDefined();
      expect(eq!.order, r.canonical).toBe(r.order);
    }
  });

  it('canonical forms are "Đại úy" style; "uý" spellings agree up to tone placement, "sỹ" is a listed variant', () => {
    expect(RANKS.find((r) => r.canonical === 'Đại úy')!.variants).toEqual([]);
    expect(toneKey('Đại uý')).toBe(toneKey('Đại úy'));
    expect(RANKS.find((r) => r.canonical === 'Thượng sĩ')!.variants).toContain('Thượng sỹ');
    expect(RANKS.find((r) => r.canonical === 'Hạ sĩ')!.notFollowedBy).toEqual(['quan']);
    expect(RANKS.some((r) => /chiến sĩ|hạ sĩ quan/i.test(r.canonical))).toBe(false);
  });
});

describe('officials data: positions and abbreviations', () => {
  it('every head-word abbreviation expands to a known head, with its modifier', () => {
    const heads = new Set(POSITION_HEADS.map((h) => h.canonical));
    const prefixes = POSITION_PREFIXES.map((m) => m.canonical);
    for (const a of POLICE_ABBREVIATIONS.filter((x) => x.role === 'head')) {
      const words = a.expansion.split(' ');
      const bare = prefixes.includes(words[0]!) ? words.slice(1).join(' ') : a.expansion;
      const known = [...heads].some((h) => bare === h || bare.startsWith(`${h} `));
      expect(known, `${a.abbr} → ${a.expansion}`).toBe(true);
    }
  });

  it('the seed abbreviations expand as SPEC.md asks', () => {
    const exp = (abbr: string) => POLICE_ABBREVIATIONS.find((a) => a.abbr === abbr)?.expansion;
    expect(exp('PGĐ')).toBe('Phó Giám đốc');
    expect(exp('UBND')).toBe('Ủy ban nhân dân');
    expect(exp('HĐND')).toBe('Hội đồng nhân dân');
    expect(exp('CAND')).toBe('Công an nhân dân');
    expect(exp('BCA')).toBe('Bộ Công an');
    expect(exp('UVTW')).toBe('Ủy viên Trung ương Đảng');
  });

  it('provincial division codes are marked general knowledge and expand to a Phòng of the police', () => {
    const codes = POLICE_ABBREVIATIONS.filter((a) => /^P[ACX]\d{2}$/.test(a.abbr));
    expect(codes.map((a) => a.abbr)).toEqual(['PC01', 'PC02', 'PC03', 'PC04', 'PC06', 'PC07', 'PC08']);
    for (const a of codes) {
      expect(a.src, a.abbr).toBe('G');
      expect(a.role, a.abbr).toBe('organisation');
      expect(a.expansion, a.abbr).toMatch(/^(?:Văn phòng Cơ quan Cảnh sát|Phòng Cảnh sát) /u);
    }
    expect(POLICE_ABBREVIATIONS.find((a) => a.abbr === 'PC02')?.expansion).toBe('Phòng Cảnh sát hình sự');
  });

  it('"Q.GĐ" and "Q. GĐ" expand to the acting director', () => {
    for (const abbr of ['Q.GĐ', 'Q. GĐ']) expect(POLICE_ABBREVIATIONS.find((a) => a.abbr === abbr)?.expansion, abbr).toBe('Quyền Giám đốc');
  });

  it('abbreviations are written in capitals (they are matched as written)', () => {
    for (const a of POLICE_ABBREVIATIONS) expect(a.abbr, a.abbr).toMatch(/^[\p{Lu}]/u);
  });

  it('weak heads are lower case staff words', () => {
    expect(POSITION_HEADS.filter((h) => h.weak).map((h) => h.canonical)).toEqual(['cán bộ', 'chiến sĩ', 'chiến sỹ', 'nhân viên', 'học viên']);
  });

  it('the fuzzy threshold reads "Đồng trí" (0.9) and nothing looser than 0.85', () => {
    expect(HONORIFIC_FUZZY_THRESHOLD).toBeGreaterThanOrEqual(0.85);
    expect(HONORIFIC_FUZZY_THRESHOLD).toBeLessThanOrEqual(0.9);
  });
});

describe('officials data: held-out vocabulary', () => {
  it('the common heads of state, party, court and company are listed, and "cựu" is "former"', () => {
    const heads = POSITION_HEADS.map((h) => toneKey(h.canonical));
    for (const h of ['Thủ tướng', 'Tổng Bí thư', 'Chủ tịch', 'Đại sứ', 'Tổng giám đốc', 'Viện trưởng', 'Chánh án', 'Hiệu trưởng', 'Tổng thống', 'Bộ trưởng', 'Thứ trưởng', 'CEO', 'Giám đốc điều hành']) {
      expect(heads, h).toContain(toneKey(h));
    }
    expect(POSITION_PREFIXES.find((m) => m.canonical === 'cựu')?.meaning).toBe('former');
    expect(POLICE_ABBREVIATIONS.find((a) => a.abbr === 'HĐQT')?.expansion).toBe('Hội đồng quản trị');
  });

  it('ministries by their short names, countries and foreign bodies are capitalised data', () => {
    for (const m of ['Tài chính', 'Quốc phòng', 'Ngoại giao', 'Tư pháp', 'Y tế', 'Giáo dục và Đào tạo', 'Xây dựng', 'Công Thương', 'Nội vụ', 'Kế hoạch và Đầu tư', 'Nông nghiệp và Phát triển nông thôn', 'Giao thông vận tải', 'Tài nguyên và Môi trường', 'Thông tin và Truyền thông', 'Lao động - Thương binh và Xã hội', 'Văn hóa, Thể thao và Du lịch', 'Khoa học và Công nghệ']) {
      expect(ministries, m).toContain(m);
    }
    // "Công an" is read as an organisation word, not twice.
    expect(ORGANISATION_WORDS).toContain('Công an');
    expect(ministries).not.toContain('Công an');
    for (const c of ['Mỹ', 'Singapore', 'Nhật Bản', 'Trung Quốc', 'Hàn Quốc', 'Lào', 'Campuchia', 'Thái Lan', 'Malaysia', 'Indonesia', 'Philippines', 'Australia', 'Úc', 'Anh', 'Pháp', 'Đức', 'Nga', 'Ấn Độ', 'Ukraine']) expect(COUNTRIES, c).toContain(c);
    for (const b of ['Interpol', 'ASEANAPOL', 'Liên Hợp Quốc']) expect(FOREIGN_BODIES, b).toContain(b);
    for (const w of [...COUNTRIES, ...ministries]) expect(w, w).toMatch(/^\p{Lu}/u);
  });

  it('mass organisations that begin with a family name are organisation words', () => {
    for (const o of ['Đoàn Thanh niên', 'Hội Phụ nữ', 'Hội Cựu chiến binh', 'Mặt trận Tổ quốc', 'Công đoàn']) expect(ORGANISATION_WORDS, o).toContain(o);
  });

  it('province-level place words are place words; links are apposition enders read through', () => {
    for (const p of PROVINCE_PLACE_WORDS) expect(PLACE_TYPE_WORDS).toContain(p);
    const ends = APPOSITION_ENDS.map(toneKey);
    for (const l of POSITION_LINKS) expect(ends, l.word).toContain(toneKey(l.word));
    for (const w of ['lại', 'cũng', 'đã', 'sẽ', 'vừa', 'đang', 'thì', 'là']) expect(ends, w).toContain(toneKey(w));
  });

  it('force words between a rank and a name are lower-case words', () => {
    for (const f of RANK_FORCE_WORDS) expect(f, f).toBe(f.toLowerCase());
    expect(RANK_FORCE_WORDS).toContain('cảnh sát');
  });
});

describe('officials rule registry', () => {
  it('ids are unique, prefixed official/, and every rule has an example', () => {
    const ids = officialRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of officialRules) {
      expect(r.id).toMatch(/^official\/[a-z-]+$/);
      expect(r.entity).toBe('officials');
      expect(r.example.length).toBeGreaterThan(0);
    }
  });
});

describe('officials data: held-out vocabulary (2)', () => {
  it('army heads are listed with their units', () => {
    const heads = POSITION_HEADS.map((h) => h.canonical);
    for (const h of ['Lữ đoàn trưởng', 'Sư đoàn trưởng', 'Tiểu đoàn trưởng', 'Đại đội trưởng', 'Hải đội trưởng', 'Chỉ huy trưởng', 'Đồn trưởng', 'Chính ủy', 'Tư lệnh']) expect(heads, h).toContain(h);
    for (const u of ['Lữ đoàn', 'Hải đội', 'Vùng']) expect(UNIT_WORDS, u).toContain(u);
  });

  it('name-position links are lower case; the head typo threshold is strict', () => {
    for (const l of NAME_POSITION_LINKS) expect(l, l).toBe(l.toLowerCase());
    for (const l of ['giữ chức', 'làm', 'là', 'đảm nhiệm chức vụ', 'được bổ nhiệm giữ chức']) expect(NAME_POSITION_LINKS, l).toContain(l);
    expect(HEAD_FUZZY_THRESHOLD).toBeGreaterThan(0.85);
    expect(HEAD_FUZZY_THRESHOLD).toBeLessThanOrEqual(0.95);
  });

  it('department abbreviations with "&" expand to the ministry names', () => {
    const exp = (a: string) => POLICE_ABBREVIATIONS.find((x) => x.abbr === a)?.expansion;
    expect(exp('TN&MT')).toBe('Tài nguyên và Môi trường');
    expect(exp('GD&ĐT')).toBe('Giáo dục và Đào tạo');
    for (const a of POLICE_ABBREVIATIONS.filter((x) => x.abbr.includes('&'))) expect(ministries, a.abbr).toContain(a.expansion);
  });

  it('parent units are organisation words or abbreviation expansions', () => {
    const known = [...ORGANISATION_WORDS, ...POLICE_ABBREVIATIONS.map((a) => a.expansion)];
    for (const u of PARENT_UNITS) expect(known, u.canonical).toContain(u.canonical);
  });
});
