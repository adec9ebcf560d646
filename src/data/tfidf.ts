import { Tensor } from '../tensor/tensor.js';
import { toFloatData, type DataInput } from '../training/data.js';

export interface TfidfOptions {
  norm?: 'l2' | 'l1' | null;
  useIdf?: boolean;
  /** idf = ln((1 + n) / (1 + df)) + 1, as if one document held every term (default), else ln(n / df) + 1. */
  smoothIdf?: boolean;
  /** Replace tf with 1 + ln(tf). */
  sublinearTf?: boolean;
}

/** scikit-learn's TfidfTransformer: term counts (documents × terms) to tf-idf weights. */
export class TfidfTransformer {
  idf: Float64Array | null = null;
  private readonly o: Required<TfidfOptions>;

  constructor(options: TfidfOptions = {}) {
    this.o = { norm: options.norm === undefined ? 'l2' : options.norm, useIdf: options.useIdf ?? true, smoothIdf: options.smoothIdf ?? true, sublinearTf: options.sublinearTf ?? false };
  }

  fit(counts: DataInput): this {
    const x = toFloatData(counts, 'TfidfTransformer.fit', 'counts');
    if (x.rank !== 2) throw new RangeError(`TfidfTransformer.fit: counts must be (documents, terms). Received: shape=[${x.shape.join(',')}]`);
    const [n, d] = x.shape as [number, number];
    const df = new Float64Array(d);
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) if (x.data[i * d + j]! > 0) df[j]!++;
    const smooth = this.o.smoothIdf ? 1 : 0;
    this.idf = df.map((f) => Math.log((n + smooth) / (f + smooth)) + 1);
    return this;
  }

  transform(counts: DataInput): Tensor {
    const x = toFloatData(counts, 'TfidfTransformer.transform', 'counts');
    const [n, d] = x.shape as [number, number];
    if (this.o.useIdf && (!this.idf || this.idf.length !== d)) {
      throw new RangeError(`TfidfTransformer.transform: expected ${this.idf?.length ?? '(call fit first)'} terms. Received: shape=[${x.shape.join(',')}]`);
    }
    const out = new Float32Array(n * d);
    const row = new Float64Array(d);
    for (let i = 0; i < n; i++) {
      let norm = 0;
      for (let j = 0; j < d; j++) {
        let tf = x.data[i * d + j]!;
        if (this.o.sublinearTf && tf > 0) tf = 1 + Math.log(tf);
        // A zero count stays zero even where idf is infinite (a term in no document, smoothIdf off), as in scikit-learn's sparse product.
        row[j] = tf === 0 ? 0 : this.o.useIdf ? tf * this.idf![j]! : tf;
        norm += this.o.norm === 'l1' ? Math.abs(row[j]!) : row[j]! * row[j]!;
      }
      const scale = this.o.norm === null || norm === 0 ? 1 : this.o.norm === 'l2' ? 1 / Math.sqrt(norm) : 1 / norm;
      for (let j = 0; j < d; j++) out[i * d + j] = row[j]! * scale;
    }
    return new Tensor(out, [n, d], 'float32');
  }

  fitTransform(counts: DataInput): Tensor {
    return this.fit(counts).transform(counts);
  }
}
