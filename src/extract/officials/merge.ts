/**
 * Merges raw mentions into one entry per person: full names group by their folded form;
 * shorter forms ("Văn Thành", "ông Thành", "Thứ trưởng Thành") join the one full name they
 * end, and are left out when two people share that ending (seed 001 has Nguyễn Văn Thành
 * and Võ Ngọc Thành); "Đồng chí Thứ trưởng" joins the only official holding that post; a
 * bare repeat of a full name is one more mention.
 */
import type { Official, Provenance, Warning } from '../../record/schema.js';
import { fold } from '../../text/fold.js';
import type { RawMention } from './mention.js';
import { shortName } from './rules/short-name.js';
import { repeatName } from './rules/repeat-name.js';
import { rankName } from './rules/rank-name.js';

interface Group {
  key: string;
  names: string[];
  raws: RawMention[];
}

function syllables(key: string): number {
  // key.split(' ').length, without the array.
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

/** Groups whose full name ends with `key` (and is longer). */
/** Groups by every ending of their key shorter than the key ("van thanh", "thanh" for "nguyen van thanh"), in order of creation. */
class Endings {
  private readonly byEnding = new Map<string, Group[]>();

  add(g: Group): void {
    for (let i = g.key.indexOf(' '); i >= 0; i = g.key.indexOf(' ', i + 1)) {
      const ending = g.key.slice(i + 1);
      const list = this.byEnding.get(ending);
      if (list) list.push(g);
      else this.byEnding.set(ending, [g]);
    }
  }

  /** Groups whose full name ends with `key` (and is longer). */
  of(key: string): Group[] {
    return this.byEnding.get(key) ?? [];
  }
}

function positionsOf(raws: RawMention[], foldKey: (s: string) => string): string[] {
  const seen: string[] = [];
  const keys: string[] = [];
  for (const r of raws) {
    for (const p of r.positions) {
      const k = foldKey(p.text);
      if (!keys.includes(k)) {
        seen.push(p.text);
        keys.push(k);
      }
    }
  }
  // "Thứ trưởng" is the same post as "Thứ trưởng Bộ Công an": keep the fuller statement.
  return seen.filter((_, i) => !keys.some((q, j) => j !== i && q.startsWith(`${keys[i]} `)));
}

/** One Official per person, in order of first mention. */
export function mergeOfficials(
  raws: RawMention[],
  repeats: { start: number; end: number; name: string }[],
  text: string,
  provinceOf: (position: string) => { name: string } | null,
  warn: (w: Warning) => void,
): Official[] {
  // Names and positions are folded many times: remembered for this article.
  const folds = new Map<string, string>();
  const foldKey = (s: string): string => {
    let k = folds.get(s);
    if (k === undefined) folds.set(s, (k = fold(s)));
    return k;
  };
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const endings = new Endings();
  const full = raws.filter((r) => r.kind === 'official' && syllables(foldKey(r.name!)) >= 3);
  const twoSyllable = raws.filter((r) => r.kind === 'official' && syllables(foldKey(r.name!)) < 3);
  const add = (key: string, r: RawMention): void => {
    let g = byKey.get(key);
    if (!g) {
      g = { key, names: [], raws: [] };
      byKey.set(key, g);
      groups.push(g);
      endings.add(g);
    }
    g.raws.push(r);
    g.names.push(r.name!);
  };
  for (const r of full) add(foldKey(r.name!), r);
  // A two-syllable name is a full name ("Tô Lâm") unless it ends exactly one longer one.
  for (const r of twoSyllable) {
    const key = foldKey(r.name!);
    const longer = endings.of(key);
    if (longer.length === 1) {
      r.foundBy.push({ rule: shortName.id, match: 'inferred' });
      add(longer[0]!.key, r);
    } else add(key, r);
  }
  const accepted = new Set<RawMention>(raws.filter((r) => r.kind === 'official'));
  // "ông X" with no role, short forms and references back: only onto a known official.
  for (const r of raws) {
    if (r.kind !== 'weak' && r.kind !== 'short') continue;
    const key = foldKey(r.name!);
    const same = byKey.get(key);
    const cands = same ? [same] : endings.of(key);
    if (cands.length === 1) {
      if (!same) r.foundBy = [{ rule: shortName.id, match: 'inferred' }];
      add(cands[0]!.key, r);
      accepted.add(r);
    } else if (cands.length === 0 && r.alone) {
      // "Thượng tá K'Brơi": a one-word name standing for itself.
      add(key, r);
      accepted.add(r);
    } else if (cands.length > 1) {
      warn({
        code: 'ambiguous-name',
        message: `'${text.slice(r.start, r.end)}' may be ${cands.map((g) => g.names[0]).join(' or ')}; not merged`,
        start: r.start, end: r.end, rule: shortName.id,
      });
    }
  }
  // The folded positions each person holds, read once (a reference back adds none).
  const held = new Map<Group, string[]>();
  const heldPositions = (g: Group): string[] => {
    let list = held.get(g);
    if (!list) held.set(g, (list = positionsOf(g.raws, foldKey).map(foldKey)));
    return list;
  };
  for (const r of raws) {
    if (r.kind !== 'anaphora') continue;
    const p = foldKey(r.positions[0]!.text);
    const holders = groups.filter((g) => heldPositions(g).some((q) => q === p || q.startsWith(`${p} `)));
    if (holders.length === 1) {
      holders[0]!.raws.push({ ...r, positions: [] });
      accepted.add(r);
    }
  }
  for (const b of repeats) {
    const g = byKey.get(foldKey(b.name));
    if (!g) continue;
    if (g.raws.some((r) => r.start < b.end && b.start < r.end)) continue;
    g.raws.push({ kind: 'repeat', start: b.start, end: b.end, name: b.name, rank: null, honorific: null, positions: [], foundBy: [{ rule: repeatName.id, match: 'exact' }] });
  }

  for (const r of [...accepted].sort((a, b) => a.start - b.start)) {
    if (r.typo) warn({ code: 'typo', message: `read '${r.typo.written}' as '${r.typo.read}'`, start: r.typo.start, end: r.typo.end, rule: r.foundBy[0]!.rule });
    for (const p of r.positions) {
      if (p.typo) warn({ code: 'typo', message: `read '${p.typo.written}' as '${p.typo.read}'`, start: p.typo.start, end: p.typo.end, rule: r.foundBy[0]!.rule });
    }
  }

  const out: (Official & { first: number })[] = [];
  for (const g of groups) {
    const raws = [...g.raws].sort((a, b) => a.start - b.start);
    const name = g.names.reduce((best, n) => (syllables(foldKey(n)) > syllables(foldKey(best)) ? n : best), g.names[0]!);
    const ranks = [...new Set(raws.map((r) => r.rank?.canonical).filter((x): x is string => !!x))];
    if (ranks.length > 1) {
      const r0 = raws.find((r) => r.rank)!;
      warn({ code: 'rank-conflict', message: `${name} is written with ranks ${ranks.join(', ')}; kept ${ranks[0]}`, start: r0.start, end: r0.end, rule: rankName.info.id });
    }
    const hon = raws.find((r) => r.honorific?.standalone)?.honorific ?? raws.find((r) => r.honorific)?.honorific ?? null;
    const positions = positionsOf(raws, foldKey);
    let province: string | null = null;
    for (const p of positions) {
      const found = provinceOf(p);
      if (found) {
        province = found.name;
        break;
      }
    }
    const foundBy: Provenance[] = [];
    for (const r of raws) {
      for (const f of r.foundBy) {
        if (!foundBy.some((x) => x.rule === f.rule && x.match === f.match && x.score === f.score)) foundBy.push(f.score === undefined ? { rule: f.rule, match: f.match } : { rule: f.rule, match: f.match, score: f.score });
      }
    }
    out.push({
      name, rank: ranks[0] ?? null, honorific: hon?.canonical ?? null, positions, province,
      mentions: raws.map((r) => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end) })),
      foundBy, first: raws[0]!.start,
    });
  }
  return out.sort((a, b) => a.first - b.first).map(({ first: _first, ...o }) => o);
}
