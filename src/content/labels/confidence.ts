/**
 * How sure a translated label text is, kept as data beside the text so the "could not find"
 * card and its diagnostic can name the unconfirmed ones. A table wraps a text in `low(…)` (one
 * weak or machine-translated source) or `unsure(…)` (no source seen: our guess); an unwrapped
 * text is confirmed (graded high or medium in docs/salesforce/labels.md). The wrappers return the
 * text itself, so the tables keep the SalesforceLabels shape.
 */
export type Confidence = 'low' | 'unsure';

/** Unconfirmed texts of one language's table and how sure each is (keyed by the exact text). */
export type LabelConfidence = Readonly<Record<string, Confidence>>;

export function confidenceMarks(): {
  low: (text: string) => string;
  unsure: (text: string) => string;
  marked: LabelConfidence;
} {
  const marked: Record<string, Confidence> = {};
  const mark = (confidence: Confidence) => (text: string) => {
    // A text marked both ways stays at the weaker mark.
    if (marked[text] !== 'unsure') marked[text] = confidence;
    return text;
  };
  return { low: mark('low'), unsure: mark('unsure'), marked };
}
