import { Tensor } from '../tensor/tensor.js';
import type { Model, Prediction } from '../models/model.js';
/**
 * Builds the Candor model a Keras file describes and loads its weights, checking every shape. The
 * type parameter is what predict returns (one tensor by default; see loadModel).
 */
export declare function loadKerasModel<P extends Prediction = Tensor>(path: string): Promise<Model<P>>;
/**
 * A model from Keras' model.to_json() text (Keras' model_from_json): Sequential or Functional,
 * Keras 2 or 3, the architecture only (untrained, not compiled). The type parameter is what
 * predict returns (see loadModel).
 */
export declare function modelFromKerasJSON<P extends Prediction = Tensor>(json: string | Record<string, unknown>): Model<P>;
