/**
 * Veto `official/not-persona`: a person introduced right after "giả danh", "mạo danh", "tự
 * xưng là" … is an invented persona ("giả danh Thiếu tá Trần Minh Đức, cán bộ Công an …"), not
 * an office-holder (GOLD.md).
 */
import type { RuleInfo } from '../../rule.js';
import { phrase } from '../../../text/tokens.js';
import type { Reader } from '../reader.js';

const info: RuleInfo = {
  id: 'official/not-persona',
  entity: 'officials',
  description: 'Rejects a person introduced after "giả danh", "mạo danh", "tự xưng là" …: an invented persona',
  example: 'giả danh Thiếu tá Trần Minh Đức, cán bộ Công an quận',
  data: 'src/data/honorifics.ts',
  kind: 'veto',
};

/** The persona cue that ends right before token i, as written, or null. */
function before(r: Reader, i: number, mask: number): string | null {
  for (let b = Math.max(0, i - 4); b < i; b++) {
    const p = r.m(b, mask);
    if (p && p.end === i) return phrase(r.t, b, i);
  }
  return null;
}

export const notPersona = { info, before };
