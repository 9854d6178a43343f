import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { detectLanguage, languageEvidence } from '../src/language/detect-language.js';
import { ENGLISH_FUNCTION_WORDS } from '../src/data/english-function-words.js';
import { isVietnameseSyllable } from '../src/text/vietnamese-syllable.js';

const ENGLISH =
  'The Ministry of Public Security held a conference on Tuesday to review the emulation movement in the first six months of the year. ' +
  'The head of the General Department of Politics praised the police forces of the provinces in the cluster for their achievements and asked them to keep improving their work. ' +
  'He said that officers must stay close to the people and should respond quickly when problems arise.';
const FRENCH =
  "Le ministère de la Sécurité publique a organisé mardi une conférence pour dresser le bilan du mouvement d'émulation au cours des six premiers mois de l'année. " +
  'Le général a salué les forces de police des provinces du groupe pour leurs résultats et leur a demandé de continuer à améliorer leur travail.';
const SPANISH =
  'El Ministerio de Seguridad Pública celebró el martes una conferencia para revisar el movimiento de emulación en los primeros seis meses del año. ' +
  'El general elogió a las fuerzas policiales de las provincias del grupo por sus logros.';
const CHINESE = '中华人民共和国公安部于星期二召开会议，回顾上半年的竞赛运动。将军赞扬了各省警察部队取得的成绩，并要求他们继续改进工作。';
const UNACCENTED =
  'Thuong tuong Nguyen Van Thanh, Uy vien Trung uong Dang, Thu truong Bo Cong an den du va phat bieu chi dao tai hoi nghi. ' +
  'Trung tuong Nguyen Thanh Nam, Pho Tong Cuc truong phu trach Tong Cuc Chinh tri CAND chu tri hoi nghi.';

describe('detectLanguage', () => {
  it('identifies every corpus article as Vietnamese with high confidence', () => {
    for (const f of readdirSync('corpus').filter((n) => n.endsWith('.txt'))) {
      const lang = detectLanguage(readFileSync(`corpus/${f}`, 'utf8'));
      expect(lang.code, f).toBe('vie');
      expect(lang.confidence, f).toBeGreaterThanOrEqual(0.95);
    }
  });
  it('identifies English, with a confidence from its function words', () => {
    expect(detectLanguage(ENGLISH)).toEqual({ code: 'eng', confidence: 1 });
    const shorter = 'Police in Hanoi have arrested three men suspected of running an illegal online gambling ring worth millions of dollars, officials said on Friday.';
    const lang = detectLanguage(shorter);
    expect(lang.code).toBe('eng');
    expect(lang.confidence).toBe(Math.round((languageEvidence(shorter).englishShare / 0.3) * 100) / 100);
    expect(lang.confidence).toBeLessThan(1);
  });
  it('reports French, Spanish and Chinese as und with confidence 0', () => {
    for (const text of [FRENCH, SPANISH, CHINESE]) expect(detectLanguage(text)).toEqual({ code: 'und', confidence: 0 });
  });
  it('reports empty and too-short text as und', () => {
    expect(detectLanguage('')).toEqual({ code: 'und', confidence: 0 });
    expect(detectLanguage('Hà Nội')).toEqual({ code: 'und', confidence: 0 });
    expect(detectLanguage('12/8/2020 — 15:30')).toEqual({ code: 'und', confidence: 0 });
  });
  it('accepts Vietnamese written without diacritics: its words have the shape of syllables whose marks were left out', () => {
    expect(detectLanguage(UNACCENTED)).toEqual({ code: 'vie', confidence: 1 });
    const ev = languageEvidence(UNACCENTED);
    expect(ev.vietnameseLetterShare).toBe(0);
    expect(ev.vietnameseShare).toBe(1);
    // Short ones too, where franc alone is unreliable.
    for (const s of ['Dai ta Ho Van Tu, Pho Giam doc Cong an tinh Nghe An', '6 thang dau nam 2020, Cum thi dua so 5 trao Bang khen cho 5 tap the, 12 ca nhan.']) {
      expect(detectLanguage(s).code, s).toBe('vie');
    }
  });
  it('does not take English, French or Spanish for unaccented Vietnamese', () => {
    // English with Vietnamese names written without marks: the English function words decide.
    expect(detectLanguage('The police of Nghe An province said that Nguyen Van Thanh was arrested in Vinh city on Monday.').code).toBe('eng');
    expect(languageEvidence(ENGLISH).vietnameseShare).toBeLessThan(0.5);
    expect(languageEvidence(FRENCH).vietnameseShare).toBeLessThan(0.5);
    expect(languageEvidence(SPANISH).vietnameseShare).toBeLessThan(0.5);
  });
  it('reads a text written in capitals', () => {
    expect(detectLanguage('TỔ CHỨC HỘI NGHỊ TỔNG KẾT PHONG TRÀO THI ĐUA ĐẶC BIỆT CỦA CÔNG AN TỈNH')).toEqual({ code: 'vie', confidence: 1 });
  });
  it('measures the evidence it reports', () => {
    const ev = languageEvidence('Cán bộ CBCS và chiến sĩ police');
    // "CBCS" is an acronym and left out; "police" is not a Vietnamese syllable.
    expect(ev).toEqual({ words: 6, latinShare: 1, vietnameseShare: 5 / 6, englishShare: 0, vietnameseLetterShare: 5 / 6 });
  });
  it('lets Vietnamese letters decide, and asks franc about text without them', () => {
    const accented = 'Công an tỉnh tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm sau.';
    expect(languageEvidence(accented).vietnameseLetterShare).toBeGreaterThan(0.25);
    expect(detectLanguage(accented).code).toBe('vie');
    const bare = 'Cong an tinh to chuc hoi nghi tong ket cong tac nam va trien khai nhiem vu nam sau.';
    expect(languageEvidence(bare).vietnameseLetterShare).toBe(0);
    expect(detectLanguage(bare).code).toBe('vie');
    // English with a few Vietnamese names stays English.
    expect(detectLanguage('Senior Lieutenant General Nguyễn Văn Thành met the delegation of the ministry in the capital on Monday.').code).toBe('eng');
  });
});

describe('language data', () => {
  it('English function words are unique lower-case ASCII words', () => {
    expect(new Set(ENGLISH_FUNCTION_WORDS).size).toBe(ENGLISH_FUNCTION_WORDS.length);
    for (const w of ENGLISH_FUNCTION_WORDS) expect(w).toMatch(/^[a-z]+$/);
  });
  it('syllable shape accepts Vietnamese and rejects mojibake and foreign words', () => {
    for (const w of ['người', 'được', 'nghiêng', 'quyền', 'khuya', 'thuở', 'Huế', 'gìn', 'khuỷu', 'học', 'ĐẢNG']) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ['Coõng', 'Boọ', 'ngöôøi', 'cảc', 'tồt', 'hòà', 'police', 'street']) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});
