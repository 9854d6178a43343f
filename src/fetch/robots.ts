/**
 * robots.txt as RFC 9309 reads it: the group naming our product token wins over `*`;
 * within a group the longest matching Allow/Disallow path decides (Allow on a tie);
 * `*` matches any run of characters and a final `$` anchors the end. Crawl-delay is not
 * in the RFC but widely used: we honour it as the minimum interval between requests.
 */

interface Rule {
  allow: boolean;
  /** Pattern length in octets, for the longest-match rule. */
  length: number;
  re: RegExp;
}

export interface RobotsRules {
  isAllowed(pathAndQuery: string): boolean;
  /** Crawl-delay of the chosen group in ms, or null. */
  crawlDelayMs: number | null;
}

export const ALLOW_ALL: RobotsRules = { isAllowed: () => true, crawlDelayMs: null };
export const DISALLOW_ALL: RobotsRules = { isAllowed: () => false, crawlDelayMs: null };

/** The product token robots.txt groups are matched against: `vnews/0.1 (+…)` → `vnews`. */
export const productToken = (userAgent: string): string => (/^[A-Za-z_-]+/.exec(userAgent.trim())?.[0] ?? userAgent).toLowerCase();

const patternToRegExp = (pattern: string): RegExp => {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => normalisePath(part).replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
};

/** Percent-encode what a URL path would encode, and upper-case existing escapes, so paths and patterns compare alike. */
function normalisePath(p: string): string {
  return p.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase()).replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelay: number | null;
}

/** Parse a robots.txt body for the crawler whose product token is `token`. */
export function parseRobots(text: string, token: string): RobotsRules {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      // An empty Disallow allows everything: it adds no rule.
      if (value === '') continue;
      current.rules.push({ allow: key === 'allow', length: normalisePath(value).length, re: patternToRegExp(value) });
    } else if (key === 'crawl-delay') {
      const n = Number(value);
      if (Number.isFinite(n) && n >= 0) current.crawlDelay = n;
    }
  }
  const ours = groups.filter((g) => g.agents.some((a) => a !== '*' && a.split('/')[0]!.trim() === token));
  const chosen = ours.length ? ours : groups.filter((g) => g.agents.includes('*'));
  if (chosen.length === 0) return ALLOW_ALL;
  // RFC 9309 2.2.1: several groups for the same agent are combined.
  const rules = chosen.flatMap((g) => g.rules);
  const delays = chosen.map((g) => g.crawlDelay).filter((d): d is number => d != null);
  return {
    crawlDelayMs: delays.length ? Math.max(...delays) * 1000 : null,
    isAllowed(pathAndQuery: string): boolean {
      if (pathAndQuery === '/robots.txt') return true;
      const p = normalisePath(pathAndQuery);
      let best: Rule | null = null;
      for (const r of rules) {
        if (!r.re.test(p)) continue;
        if (!best || r.length > best.length || (r.length === best.length && r.allow && !best.allow)) best = r;
      }
      return best ? best.allow : true;
    },
  };
}
