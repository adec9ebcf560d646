export class SymbolicTensor {
    shape;
    tensorIndex;
    /** The node that produces this tensor (set once, by the call that creates it). */
    node;
    /**
     * One sample's shape (no batch axis; -1 where any size is accepted), and which of its node's
     * outputs this is (Keras' tensor index: 1 and 2 are an LSTM's final h and c with returnState).
     */
    constructor(shape, tensorIndex = 0) {
        this.shape = shape;
        this.tensorIndex = tensorIndex;
    }
    /** The producing layer's name, which of its calls and which of that call's outputs (Keras' "dense_1[0][0]"). */
    get label() {
        return `${this.node.layer.name}[${this.node.index}][${this.tensorIndex}]`;
    }
    toString() {
        return `SymbolicTensor(shape=${kerasShape(this.shape)}, from ${this.label})`;
    }
}
/** A sample shape as Keras prints it, batch axis first: (None, 28, 28, 1). */
const kerasShape = (shape) => `(None, ${shape.map((d) => (d === -1 ? 'None' : d)).join(', ')})`;
/** Describes a symbolic tensor in messages. */
export const symbolicText = (t) => `${t.label} of shape ${kerasShape(t.shape)}`;
//# sourceMappingURL=symbolic.js.map