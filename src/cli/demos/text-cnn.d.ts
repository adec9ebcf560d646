/** Seed 000's demo: the Keras 1 text CNN on SpamAssassin, BCE vs CCE. */
import { Sequential } from '../../models/sequential.js';
import { type DemoOptions } from './crossentropy.js';
/** Seed 000's text CNN, layer for layer (Keras 1 code, modern names). */
export declare function textCnn(classes: number, seed: number): Sequential;
/** Seed 000 on the SpamAssassin corpus: its five groups as topics, BCE vs CCE. */
export declare function textCnnDemo(o: DemoOptions, log: (line: string) => void): Promise<{
    runs: import("./crossentropy.js").CrossentropyRun[];
    title: string;
    classes: number;
}>;
