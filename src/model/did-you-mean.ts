/**
 * The closest of a few known names to a misspelt one, for "did you mean …?" hints
 * (`realizedBy` → `realisedBy`, `ADSS` → `ADS`, `nmae` → `name`). Edit distance, case-insensitive,
 * accepting up to about a third of the name's length so unrelated names are not suggested.
 */
export function didYouMean(input: string, options: Iterable<string>): string {
  const threshold = Math.max(1, Math.floor(input.length / 3));
  let best: { option: string; distance: number } | undefined;
  for (const option of options) {
    // The distance is at least the difference in length: skip the quadratic work when that is too far.
    if (Math.abs(option.length - input.length) > threshold) continue;
    const distance = editDistance(input.toLowerCase(), option.toLowerCase());
    if (distance <= threshold && (!best || distance < best.distance)) best = { option, distance };
  }
  return best ? `; did you mean '${best.option}'?` : '';
}

/** Edit distance counting a swap of neighbours as one edit (`nmae` → `name`), a row at a time. */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const swap = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? (before[j - 2] ?? 0) + 1 : Infinity;
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, substitution, swap);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? 0;
}
