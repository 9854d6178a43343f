/**
 * The closed vocabularies of a record, read from the data modules that the recognisers read
 * too, so the schema's enums and what the recognisers write cannot drift apart: canonical
 * ranks (src/data/ranks.ts) and the province-level units with their codes
 * (src/data/provinces.ts: the 63 units of 2008–2025, Hà Tây, and the 34 units from 2025).
 */
import { RANKS } from '../data/ranks.js';
import { ALL_UNITS, UNITS_2025 } from '../data/provinces.js';

type NonEmpty = [string, ...string[]];

const unique = (values: readonly string[]): NonEmpty => [...new Set(values)] as NonEmpty;

/** Canonical ranks, highest first (CAND and army ladders, with the navy's flag ranks). */
export const RANK_NAMES = unique(RANKS.map((r) => r.canonical));

/**
 * Canonical short names of every province-level unit a record may name: the 63 units of 2008–2025
 * in GSO code order and Hà Tây, a later official name (Huế, for Thừa Thiên Huế from
 * 2025-01-01), then the units formed on 2025-07-01 that had no such name before.
 */
export const PROVINCE_NAMES = unique([...ALL_UNITS.map((u) => u.name), ...ALL_UNITS.flatMap((u) => (u.renamed ? [u.renamed.name] : [])), ...UNITS_2025.map((u) => u.name)]);

/** GSO codes: those of 2008–2025 (and Hà Tây's 28), then the codes of 2025 that are new. */
export const PROVINCE_CODES = unique([...ALL_UNITS.map((u) => u.code), ...UNITS_2025.map((u) => u.code)]);

/** Short names of the 34 units from 2025-07-01. */
export const UNIT_2025_NAMES = unique(UNITS_2025.map((u) => u.name));
