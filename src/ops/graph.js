/** Whether ops currently record how their outputs were computed. */
let recording = true;
/** Runs f without recording anything (inference, metrics, optimizer updates). */
export function noGrad(f) {
    const previous = recording;
    recording = false;
    try {
        return f();
    }
    finally {
        recording = previous;
    }
}
/** Runs f with recording on, even inside noGrad (used by the gradient functions). */
export function withGrad(f) {
    const previous = recording;
    recording = true;
    try {
        return f();
    }
    finally {
        recording = previous;
    }
}
/** True when an op on these inputs must record itself. */
export function needsGrad(inputs) {
    return recording && inputs.some((t) => t.requiresGrad);
}
/** Attaches the op that produced `out`, when any input needs a gradient; returns `out`. */
export function record(op, inputs, out, ctx) {
    if (needsGrad(inputs)) {
        out.requiresGrad = true;
        out.node = { op, inputs, ctx };
    }
    return out;
}
//# sourceMappingURL=graph.js.map