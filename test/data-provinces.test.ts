import { describe, it, expect } from 'vitest';
import {
  PROVINCES, DEFUNCT, UNITS_2025, ALL_UNITS, CONTEXT_TRAPS, PROVINCE_PREFIXES, COMMON_WORD_NAMES, unitByCode, unit2025ByCode, since2025Name, codeOn, nameOn,
} from '../src/data/provinces.js';
import { PLACE_WORDS, LOCATIVES } from '../src/data/place-words.js';
import { FAMILY_NAMES, MIDDLE_NAMES } from '../src/data/family-names.js';
import { personTitles } from '../src/extract/lexicon/sources.js';
import { provinceForms } from '../src/extract/lexicon/province-forms.js';
import { ATTESTED_MEMBERS, COUNT_NOUNS, MEMBER_LEADS, TYPO_TOLERANCE, CLUSTER_PHRASE } from '../src/data/clusters.js';
import { ENGLISH_RANKS, ENGLISH_TITLES, POSITION_STARTS } from '../src/data/english-titles.js';
import { fold } from '../src/text/fold.js';

const isNfc = (s: string) => s === s.normalize('NFC');

function allStrings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(allStrings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(allStrings);
  return [];
}

describe('province data', () => {
  it('is NFC throughout', () => {
    const strings = allStrings([PROVINCES, DEFUNCT, UNITS_2025, CONTEXT_TRAPS, FAMILY_NAMES, MIDDLE_NAMES, PROVINCE_PREFIXES, PLACE_WORDS, LOCATIVES, COMMON_WORD_NAMES]);
    expect(strings.length).toBeGreaterThan(500);
    expect(strings.filter((s) => !isNfc(s))).toEqual([]);
  });

  it('has the 63 units of 2008–2025 with unique two-digit codes', () => {
    expect(PROVINCES).toHaveLength(63);
    const codes = PROVINCES.map((p) => p.code);
    expect(new Set(codes).size).toBe(63);
    expect(codes.every((c) => /^\d{2}$/.test(c))).toBe(true);
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(63);
    expect(PROVINCES.filter((p) => p.type === 'thành phố trực thuộc trung ương').map((p) => p.name).sort())
      .toEqual(['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Đà Nẵng'].sort());
  });

  it('has Hà Tây (28), defunct since 1/8/2008, absorbed by Hà Nội', () => {
    expect(DEFUNCT.map((d) => [d.code, d.name, d.successor, d.endedOn])).toEqual([['28', 'Hà Tây', '01', '2008-07-31']]);
    expect(PROVINCES.some((p) => p.code === '28')).toBe(false);
  });

  it('has the 34 units from 1/7/2025 with unique codes, 6 of them centrally-run cities', () => {
    expect(UNITS_2025).toHaveLength(34);
    expect(new Set(UNITS_2025.map((u) => u.code)).size).toBe(34);
    expect(UNITS_2025.filter((u) => u.type === 'thành phố trực thuộc trung ương').map((u) => u.name).sort())
      .toEqual(['Cần Thơ', 'Huế', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Đà Nẵng'].sort());
  });

  it('maps every old unit to a successor among the 34, and the 34 partition the 63', () => {
    for (const u of ALL_UNITS) expect(unit2025ByCode.has(u.successor), `${u.name} → ${u.successor}`).toBe(true);
    const formed = UNITS_2025.flatMap((u) => u.formedFrom);
    expect(formed.sort()).toEqual(PROVINCES.map((p) => p.code).sort());
    for (const n of UNITS_2025) for (const old of n.formedFrom) expect(unitByCode.get(old)!.successor).toBe(n.code);
  });

  it('records the seven new units that keep another old unit\'s code', () => {
    const keepsOther = UNITS_2025.filter((u) => {
      const sameName = PROVINCES.find((p) => p.name === u.name);
      return sameName !== undefined && sameName.code !== u.code;
    }).map((u) => `${u.code} ${u.name}`);
    expect(keepsOther).toEqual(['15 Lào Cai', '24 Bắc Ninh', '44 Quảng Trị', '52 Gia Lai', '80 Tây Ninh', '82 Đồng Tháp', '91 An Giang']);
  });

  it('gives the 2025 successor name and the code in force on a date', () => {
    const u = (name: string) => ALL_UNITS.find((p) => p.name === name)!;
    expect(since2025Name(u('Nam Định'))).toBe('Ninh Bình');
    expect(since2025Name(u('Thừa Thiên Huế'))).toBe('Huế');
    expect(since2025Name(u('Nghệ An'))).toBe('Nghệ An');
    expect(since2025Name(u('Hà Tây'))).toBe('Hà Nội');
    expect(codeOn(u('Hà Nam'), null)).toBe('35');
    expect(codeOn(u('Hà Nam'), '2025-06-30')).toBe('35');
    expect(codeOn(u('Hà Nam'), '2025-07-01')).toBe('37');
    expect(codeOn(u('Lào Cai'), '2025-09-02')).toBe('15');
    expect(codeOn(u('Hà Tây'), '2007-05-01')).toBe('28');
    expect(codeOn(u('Hà Tây'), '2010-05-01')).toBe('01');
    expect(codeOn(u('Hà Tây'), null)).toBe('28');
    expect(nameOn(u('Thừa Thiên Huế'), '2025-02-01', true)).toBe('Huế');
    expect(nameOn(u('Thừa Thiên Huế'), '2024-12-31', true)).toBe('Thừa Thiên Huế');
    expect(nameOn(u('Thừa Thiên Huế'), '2025-02-01', false)).toBe('Thừa Thiên Huế');
  });

  it('has no duplicate form and no form shared by two units', () => {
    const forms = provinceForms().forms.filter((f) => !f.english).map((f) => ({ code: f.unit.code, form: f.text, key: `${f.words.join(' ')}#${f.gaps.join(',')}#${f.keys.join(' ')}` }));
    const keys = forms.map((f) => f.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    // Same folded spelling for two different units would make the lookup ambiguous.
    const byFolded = new Map<string, Set<string>>();
    for (const f of forms) {
      const k = fold(f.form).replace(/\s*[-–]\s*/g, ' ').replace(/\.\s*/g, ' ');
      byFolded.set(k, (byFolded.get(k) ?? new Set()).add(f.code));
    }
    expect([...byFolded].filter(([, codes]) => codes.size > 1)).toEqual([]);
  });

  it('writes canonical names in the tone style of the gold (Hóa, Hòa)', () => {
    const names = PROVINCES.map((p) => p.name);
    expect(names).toContain('Thanh Hóa');
    expect(names).toContain('Khánh Hòa');
    expect(names).toContain('Hòa Bình');
    expect(names.filter((n) => /oá|oà|oả|oã|oạ/.test(n))).toEqual([]);
  });

  it('lists the press variants named in the reference', () => {
    const forms = (code: string) => [...unitByCode.get(code)!.variants, ...(unitByCode.get(code)!.abbreviations?.forms ?? [])];
    expect(forms('79')).toEqual(expect.arrayContaining(['TP.HCM', 'TP HCM', 'TPHCM', 'Sài Gòn', 'HCMC']));
    expect(forms('46')).toEqual(expect.arrayContaining(['TT-Huế', 'TT Huế', 'TTH', 'Thừa Thiên - Huế', 'Huế']));
    expect(forms('77')).toEqual(expect.arrayContaining(['BR-VT', 'BRVT']));
    expect(unitByCode.get('66')!.variants).toEqual(expect.arrayContaining(['Đắc Lắc', 'Daklak']));
    expect(unitByCode.get('62')!.variants).toContain('Kontum');
    expect(unitByCode.get('06')!.variants).toContain('Bắc Cạn');
  });
});

describe('person and place context data', () => {
  it('has no duplicate entry (folded) in the title and place-word lists', () => {
    for (const list of [personTitles(), PLACE_WORDS.map((p) => p.word), PROVINCE_PREFIXES.map((p) => p.word), COMMON_WORD_NAMES, LOCATIVES]) {
      const folded = list.map((w) => fold(w));
      expect(folded.filter((w, i) => folded.indexOf(w) !== i)).toEqual([]);
    }
  });

  it('keeps province and city prefixes out of the local place words', () => {
    const local = new Set(PLACE_WORDS.filter((p) => p.local).map((p) => fold(p.word)));
    expect(PROVINCE_PREFIXES.filter((p) => local.has(fold(p.word)))).toEqual([]);
    expect(local.has(fold('xã'))).toBe(true);
  });

  it('marks every administrative unit word of a position and none of the street words', () => {
    const units = PLACE_WORDS.filter((p) => p.unit).map((p) => p.word);
    expect(units).toEqual(['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'đặc khu']);
    expect(PLACE_WORDS.filter((p) => p.level === 'province').map((p) => p.word)).toEqual(['tỉnh', 'thành phố']);
  });

  it('names common-word provinces by their canonical names', () => {
    const names = new Set(PROVINCES.map((p) => p.name));
    expect(COMMON_WORD_NAMES.filter((n) => !names.has(n))).toEqual([]);
  });
});

describe('cluster and English-title data', () => {
  it('is NFC', () => {
    const strings = allStrings([ATTESTED_MEMBERS, COUNT_NOUNS, MEMBER_LEADS, TYPO_TOLERANCE, CLUSTER_PHRASE, ENGLISH_RANKS, ENGLISH_TITLES, POSITION_STARTS]);
    expect(strings.filter((s) => !isNfc(s))).toEqual([]);
  });

  it('names attested members by canonical province names', () => {
    const names = new Set(PROVINCES.map((p) => p.name));
    for (const a of ATTESTED_MEMBERS) {
      expect(a.cluster).toBeGreaterThan(0);
      expect(a.members.filter((m) => !names.has(m)), `cluster ${a.cluster} ${a.from}`).toEqual([]);
    }
    const b5 = ATTESTED_MEMBERS.find((a) => a.cluster === 5 && a.from === 2017)!;
    expect(b5.members).toEqual(['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế']);
  });

  it('maps English ranks to canonical Vietnamese ranks without duplicates', () => {
    const canonical = ['Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'Thượng sĩ', 'Trung sĩ', 'Hạ sĩ'];
    expect(ENGLISH_RANKS.filter((r) => !canonical.includes(r.vi))).toEqual([]);
    const en = ENGLISH_RANKS.map((r) => r.en.toLowerCase());
    expect(en.filter((e, i) => en.indexOf(e) !== i)).toEqual([]);
    const get = (e: string) => ENGLISH_RANKS.find((r) => r.en === e)!.vi;
    expect([get('Senior Lieutenant General'), get('Lieutenant General'), get('Major General'), get('Colonel')]).toEqual(['Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá']);
  });
});
