/**
 * A search as URL parameters and back. Every search has one canonical URL (parameters in a
 * fixed order, empty ones left out), so the address bar is what a researcher shares, and
 * facet links, pages and the JSON twin are that URL with one thing changed.
 */
import type { SearchFilters } from './archive.js';

/** The parameters, in URL order, and the filter each one sets. */
export const SEARCH_PARAMS = [
  ['text', 'text'],
  ['official', 'official'],
  ['rank', 'rank'],
  ['province', 'province'],
  ['successors', 'successors'],
  ['cluster', 'cluster'],
  ['from', 'from'],
  ['to', 'to'],
  ['published_from', 'publishedFrom'],
  ['published_to', 'publishedTo'],
  ['award', 'award'],
] as const;

export type SearchParam = (typeof SEARCH_PARAMS)[number][0];

export const PAGE_SIZE = 20;
/** Longer values are refused: nobody types them, and they only cost time. */
const MAX_VALUE = 200;
const MAX_PAGE = 5000;

/** A parameter that cannot be used; the page shows the message with status 400. */
export class SearchParamError extends Error {}

/** The search in URL form: parameter → value (only the ones given). */
export type SearchState = Partial<Record<SearchParam | 'page', string>>;

/** Read the search out of a URL's query string (empty values are absent, as a submitted form leaves them). */
export function readSearch(params: URLSearchParams): SearchState {
  const state: SearchState = {};
  for (const [name] of SEARCH_PARAMS) {
    const v = params.get(name)?.trim();
    if (!v) continue;
    if (v.length > MAX_VALUE) throw new SearchParamError(`${name} is longer than ${MAX_VALUE} characters`);
    state[name] = name === 'successors' ? '1' : v;
  }
  const page = params.get('page')?.trim();
  if (page && page !== '1') state.page = page;
  return state;
}

/** The filters and the page a search state asks for. */
export function toFilters(state: SearchState): { filters: SearchFilters; page: number } {
  const filters: SearchFilters = {};
  for (const [name, key] of SEARCH_PARAMS) {
    const v = state[name];
    if (v === undefined) continue;
    if (key === 'successors') filters.successors = true;
    else if (key === 'cluster') {
      if (!/^\d{1,4}$/.test(v) || Number(v) < 1) throw new SearchParamError(`cluster takes a positive whole number, not "${v}"`);
      filters.cluster = Number(v);
    } else filters[key] = v;
  }
  if (filters.successors && filters.province === undefined) delete filters.successors;
  const pageText = state.page ?? '1';
  if (!/^\d{1,5}$/.test(pageText) || Number(pageText) < 1 || Number(pageText) > MAX_PAGE) throw new SearchParamError(`page takes a whole number from 1 to ${MAX_PAGE}, not "${pageText}"`);
  return { filters, page: Number(pageText) };
}

/** The canonical query string of a state (with a leading "?" unless empty). */
export function queryString(state: SearchState): string {
  const p = new URLSearchParams();
  for (const [name] of SEARCH_PARAMS) if (state[name] !== undefined) p.set(name, state[name]!);
  if (state.page !== undefined && state.page !== '1') p.set('page', state.page);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The state with some parameters set or removed (undefined removes); any change but the page goes back to page 1. */
export function withChanges(state: SearchState, changes: SearchState & Partial<Record<SearchParam | 'page', string | undefined>>): SearchState {
  const next: SearchState = { ...state };
  if (!('page' in changes)) delete next.page;
  for (const [k, v] of Object.entries(changes) as [keyof SearchState, string | undefined][]) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  if (next.province === undefined) delete next.successors;
  return next;
}

/** Whether any filter is set. */
export const hasFilters = (state: SearchState): boolean => SEARCH_PARAMS.some(([name]) => state[name] !== undefined);
