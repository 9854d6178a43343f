/** All syllable runs of a folded name: "tran ba thieu" → tran, tran ba, tran ba thieu, ba, ba thieu, thieu. */
export function nameRuns(folded: string): string[] {
  const syl = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const runs: string[] = [];
  for (let i = 0; i < syl.length; i++) for (let j = i + 1; j <= syl.length; j++) runs.push(syl.slice(i, j).join(' '));
  return runs;
}
