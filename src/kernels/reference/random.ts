import { Rng } from '../../random/rng.js';

/** Dropout mask from the Rng stream held in `state` (advanced in place). */
export function dropoutMask(state: Uint32Array, rate: number, scale: number, mask: Float32Array): void {
  const rng = new Rng(0);
  rng.setState(state);
  for (let i = 0; i < mask.length; i++) mask[i] = rng.uniform() >= rate ? scale : 0;
  state.set(rng.getState());
}
