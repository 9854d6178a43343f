/**
 * The recognisers, one line each, in the order they run: a recogniser after those it needs
 * (clusters and officials need provinces). Which language each reads is its own declaration.
 */
import type { Recogniser } from './rule.js';
import { provinces } from './provinces/index.js';
import { clusters } from './clusters/index.js';
import { officials } from './officials/index.js';
import { periods } from './periods/index.js';
import { awards } from './awards/index.js';
import { english } from './english/index.js';

export const RECOGNISERS: readonly Recogniser[] = [provinces, clusters, officials, periods, awards, english] as Recogniser[];
