/**
 * Whether a `source.section` names a heading of its paper. A paper is plain text converted from
 * slides: a heading is a line of its own (a slide title, `## Registration`), or — where a table has
 * no heading of its own (model/README.md, provenance rule 1) — a cell of a table row. A section
 * may name a slide and a heading under it, joined by " – " ("Programme Steering Group (PSG) –
 * Update from PSG 07 April 2022"); each part must then be a heading, in that order in the paper.
 *
 * Strict: every word, number and bracket must be there as written, and a phrase from the middle of a
 * paragraph is not a heading. Fair: what converting slides to text adds or drops does not count —
 * markdown marks (`#`, `**`, `<b>`), a trailing footnote star or colon, runs of white space, and
 * the "Slido.com #MHHS" prompt some slides of paper 000 carry after their title.
 */
import { readFile } from 'node:fs/promises';

interface Heading {
  readonly text: string;
  /** Where it is in the paper, to check the parts of a section come in order. */
  readonly at: number;
}

/** A line or cell as a heading reads, without what slide conversion added around it. */
export function headingText(raw: string): string {
  return raw
    .replace(/<\/?(?:b|i|u|strong|em)>/g, '')
    .replace(/\*\*/g, '')
    .replace(/^\s*#+\s*/, '')
    .replace(/\s+Slido\.com #MHHS\s*$/, '')
    .replace(/[\s*:]+$/, '')
    .replace(/^[\s*]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export class PaperHeadings {
  private readonly byText = new Map<string, number[]>();

  constructor(text: string) {
    const headings: Heading[] = [];
    text.split(/\r?\n/).forEach((line, i) => {
      headings.push({ text: headingText(line), at: i * 1000 });
      const cells = line.split('\t');
      if (cells.length > 1) cells.forEach((cell, j) => headings.push({ text: headingText(cell), at: i * 1000 + j + 1 }));
    });
    for (const { text: t, at } of headings) {
      if (t === '') continue;
      const list = this.byText.get(t) ?? [];
      list.push(at);
      this.byText.set(t, list);
    }
  }

  static async read(path: string): Promise<PaperHeadings> {
    return new PaperHeadings(await readFile(path, 'utf8'));
  }

  /** Whether `section` is a heading, or headings joined by " – " in the paper's order. */
  has(section: string): boolean {
    return this.matchFrom(section.split(' – '), -1);
  }

  /** Parts may themselves contain " – " (a slide titled "Qualification Overview – Routes to Qualification"), so every grouping is tried. */
  private matchFrom(parts: readonly string[], after: number): boolean {
    if (parts.length === 0) return true;
    for (let n = parts.length; n >= 1; n--) {
      const at = this.byText.get(headingText(parts.slice(0, n).join(' – ')));
      if (at?.some((position) => position > after && this.matchFrom(parts.slice(n), position))) return true;
    }
    return false;
  }
}
