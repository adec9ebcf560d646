/** Operand checks shared by the ops: numbers as scalars, float32 and tensor arguments. */
import { Tensor } from '../tensor/tensor.js';
import { formatShape } from '../tensor/shape.js';
import { describe } from '../tensor/describe.js';
/** Converts a number to a scalar tensor; checks a tensor argument is float32. */
export function floatOperand(value, op, arg) {
    if (typeof value === 'number')
        return new Tensor(Float32Array.of(value), [], 'float32');
    if (!(value instanceof Tensor)) {
        throw new TypeError(`${op}: argument "${arg}" must be a Tensor or a number. Received: ${describe(value)}`);
    }
    if (value.dtype !== 'float32') {
        throw new TypeError(`${op}: argument "${arg}" must be a float32 tensor. Received: ${arg}.dtype=${value.dtype}, ${arg}.shape=${formatShape(value.shape)}; convert it with cast(${arg}, 'float32')`);
    }
    return value;
}
/** Checks an argument is a Tensor (any dtype). */
export function tensorArg(value, op, arg) {
    if (!(value instanceof Tensor))
        throw new TypeError(`${op}: argument "${arg}" must be a Tensor. Received: ${describe(value)}`);
    return value;
}
/** Allocates the float32 result of an op. */
export function floatResult(data, shape) {
    return new Tensor(data, shape, 'float32');
}
//# sourceMappingURL=operand.js.map