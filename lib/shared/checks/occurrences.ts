import { excerptAround } from './excerpt';
import type { FindingFix, Occurrence } from './finding';

// Bounds what one finding carries, whatever the input: a word repeated 500 times in a field is one
// finding with a few places marked and a count of the rest, never 500 findings or 500 excerpts.

/** Places listed per field for one finding; the rest are counted in `more`. */
export const OCCURRENCES_PER_FIELD = 3;
/** Places listed for one finding across all fields. */
export const OCCURRENCES_PER_FINDING = 10;

export interface Hit {
  field: string;
  text: string;
  start: number;
  end: number;
  fix?: FindingFix;
}

export interface CollectedOccurrences {
  occurrences: Occurrence[];
  /** Every hit, listed or not. */
  total: number;
  /** Hits not listed. */
  more: number;
  /** Fields with a hit, in order. */
  fields: string[];
}

/** Collects hits of one finding under the caps; excerpts and fixes are built only for the listed ones. */
export class OccurrenceCollector {
  private readonly listed: Occurrence[] = [];
  private readonly perField = new Map<string, number>();
  total = 0;

  add(hit: Hit | (() => Hit), field: string): void {
    this.total += 1;
    const inField = this.perField.get(field) ?? 0;
    this.perField.set(field, inField + 1);
    if (inField >= OCCURRENCES_PER_FIELD || this.listed.length >= OCCURRENCES_PER_FINDING) return;
    const { text, start, end, fix } = typeof hit === 'function' ? hit() : hit;
    // Only the first place carries an excerpt (the panel shows it); the marks read the field itself.
    const excerpt = this.listed.length === 0 ? { excerpt: excerptAround(text, start, end) } : {};
    this.listed.push({ field, start, end, ...excerpt, ...(fix ? { fix } : {}) });
  }

  result(): CollectedOccurrences {
    return {
      occurrences: this.listed,
      total: this.total,
      more: this.total - this.listed.length,
      fields: [...this.perField.keys()],
    };
  }
}
