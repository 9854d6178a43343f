/**
 * Rule `award/issuer`: who gives the award, in this order: "… của <issuer>" right after the
 * type ("Bằng khen của Bộ trưởng Bộ Công an"); "thừa ủy quyền <issuer>" before the type;
 * the subject joined to the type by a giving verb ("Giám đốc Công an tỉnh trao tặng Giấy
 * khen"); null when the article does not say.
 */
import type { RuleInfo } from '../../rule.js';
import { key } from '../../pattern-tools.js';
import type { TypeHit } from '../types.js';
import { AUXILIARIES_ONLY_RE, GIVING_RE, ISSUER_BY_ALIAS, ISSUER_RE, OF_ISSUER_RE, ON_BEHALF_RE, SHARED_SUBJECT_RE } from '../patterns.js';

export const issuer: RuleInfo = {
  id: 'award/issuer',
  entity: 'awards',
  description: 'The issuer from "của …", "thừa ủy quyền …" or the subject of the giving verb',
  example: 'Bằng khen của Bộ trưởng Bộ Công an',
  data: 'src/data/awards.ts',
};

/** How far back from the type its clause is read for the issuer. */
const MAX_LOOK_BACK = 2000;

/** How far a subject may stand before its verb and type ("Bộ trưởng … đã ký quyết định tặng"), unless it does two acts joined. */
const SUBJECT_WINDOW = 60;

const canonical = (alias: string): string | null => ISSUER_BY_ALIAS.get(key(alias))?.canonical ?? null;

/** The issuer of the award typed at `type`, looking in [from, type.start) (its sentence, or the counts' tail) for the giver. */
export function findIssuer(lower: string, type: TypeHit, from: number): string | null {
  const of = OF_ISSUER_RE.exec(lower.slice(type.end, type.end + 80));
  if (of) return canonical(of.groups!.issuer!);
  // Only the type's own clause: "Thừa ủy quyền Bộ trưởng, … Bằng khen …; Giám đốc tặng Giấy khen …",
  // and never further back than MAX_LOOK_BACK (a sentence of thousands of characters is no clause).
  from = Math.max(from, type.start - MAX_LOOK_BACK);
  for (let i = type.start - 1; i >= from; i--) {
    if (lower.charCodeAt(i) === 59) {
      from = i + 1;
      break;
    }
  }
  const before = lower.slice(from, type.start);
  let behalf: string | null = null;
  ON_BEHALF_RE.lastIndex = 0;
  for (let m = ON_BEHALF_RE.exec(before); m; m = ON_BEHALF_RE.exec(before)) behalf = m.groups!.issuer!;
  if (behalf !== null) return canonical(behalf);
  // The subject: the last issuer shortly before the type.
  const lo = Math.max(from, type.start - SUBJECT_WINDOW - 40);
  const near = lower.slice(lo, type.start);
  let subject: { alias: string; end: number } | null = null;
  ISSUER_RE.lastIndex = 0;
  for (let m = ISSUER_RE.exec(near); m; m = ISSUER_RE.exec(near)) subject = { alias: m[0], end: lo + m.index + m[0].length };
  if (!subject) return null;
  const between = lower.slice(subject.end, type.start);
  if (type.start - subject.end > SUBJECT_WINDOW) return SHARED_SUBJECT_RE.test(between) ? canonical(subject.alias) : null;
  // The type itself is the verb in "Công an tỉnh khen thưởng 5 tập thể".
  if (AUXILIARIES_ONLY_RE.test(between) || GIVING_RE.test(between)) return canonical(subject.alias);
  return null;
}
