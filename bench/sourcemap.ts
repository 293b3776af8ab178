/** Just enough of Source Map v3 to turn a built file's line:column into the original source. */

interface RawMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  mappings: string;
}

/** [generated column, source index, original line, original column], 0-based, per line. */
type Segment = [number, number, number, number];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = DIGIT.get(c) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

export class SourceMap {
  private readonly lines: Segment[][];

  constructor(private readonly raw: RawMap) {
    let source = 0;
    let line = 0;
    let column = 0;
    this.lines = raw.mappings.split(';').map((text) => {
      let generated = 0;
      const segments: Segment[] = [];
      for (const part of text.split(',')) {
        if (!part) continue;
        const v = decodeVlq(part);
        generated += v[0] ?? 0;
        if (v.length < 4) continue;
        source += v[1] ?? 0;
        line += v[2] ?? 0;
        column += v[3] ?? 0;
        segments.push([generated, source, line, column]);
      }
      return segments;
    });
  }

  /** Original position of a generated 0-based line and column, with the original line's text. */
  lookup(line: number, column: number): { source: string; line: number; text: string } | null {
    const segments = this.lines[line];
    if (!segments || segments.length === 0) return null;
    let found: Segment | undefined;
    for (const s of segments) {
      if (s[0] > column) break;
      found = s;
    }
    found ??= segments[0];
    if (!found) return null;
    const source = this.raw.sources[found[1]] ?? '?';
    const text = this.raw.sourcesContent?.[found[1]]?.split('\n')[found[2]]?.trim() ?? '';
    return { source, line: found[2] + 1, text };
  }
}
