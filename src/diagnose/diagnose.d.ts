/** The model-level doctor: a compiled Candor model's setup, its targets and, with inputs, its numbers. */
import type { Model } from '../models/model.js';
import { type ModelData } from '../training/model-data.js';
import { type Finding } from '../evaluation/setup-rules.js';
/**
 * Checks a compiled model's setup; with targets, also the rules that depend on them; with
 * inputs and targets, also the numbers (an accuracy within noise of its trivial baseline).
 * Each rule runs once: the targets' findings are the model's evaluation context.
 */
export declare function diagnose(model: Model, x?: ModelData, y?: ModelData): Finding[];
