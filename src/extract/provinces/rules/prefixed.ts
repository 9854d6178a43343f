/**
 * Rule `province/prefixed`: a form too ambiguous on its own ("Hồ Chí Minh" is above all the
 * person, "HCM", "Thủ đô") is read only right after a prefix of its set ("TP", "Công an").
 */
import type { ProvinceVeto } from '../candidate.js';
import { DATA } from '../candidate.js';
import { hasPrefix } from '../gazetteer.js';

export const prefixed: ProvinceVeto = {
  info: {
    id: 'province/prefixed',
    entity: 'provinces',
    description: 'Ambiguous form read only after a city or police prefix',
    example: 'TP Hồ Chí Minh, CATP HCM, Công an Thủ đô',
    data: DATA,
  },
  check({ W, i, form }) {
    if (form.after && !hasPrefix(W, i, form.after)) return { verdict: 'needs-prefix', reason: `"${form.text}" needs a ${form.after} prefix before it` };
    return null;
  },
};
