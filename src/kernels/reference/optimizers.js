export const adamUpdate = (w, g, m, v, vMax, alpha, beta1, beta2, epsilon, decay) => {
    const c1 = 1 - beta1;
    const c2 = 1 - beta2;
    for (let i = 0; i < w.length; i++) {
        if (decay !== 0)
            w[i] = w[i] - decay * w[i];
        const gi = g[i];
        const mi = m[i] + (gi - m[i]) * c1;
        let vi = v[i] + (gi * gi - v[i]) * c2;
        m[i] = mi;
        v[i] = vi;
        if (vMax) {
            vi = vMax[i] > vi ? vMax[i] : vi;
            vMax[i] = vi;
        }
        w[i] = w[i] - (alpha * mi) / (Math.sqrt(vi) + epsilon);
    }
};
export const sgdUpdate = (w, g, velocity, lr, momentum, nesterov, decay) => {
    for (let i = 0; i < w.length; i++) {
        if (decay !== 0)
            w[i] = w[i] - decay * w[i];
        if (!velocity) {
            w[i] = w[i] - lr * g[i];
            continue;
        }
        const vi = momentum * velocity[i] - lr * g[i];
        velocity[i] = vi;
        w[i] = w[i] + (nesterov ? momentum * vi - lr * g[i] : vi);
    }
};
export const rmspropUpdate = (w, g, v, avg, buf, lr, rho, momentum, epsilon, centered, decay) => {
    for (let i = 0; i < w.length; i++) {
        if (decay !== 0)
            w[i] = w[i] - decay * w[i];
        const gi = g[i];
        v[i] = rho * v[i] + (1 - rho) * gi * gi;
        let denom = v[i];
        if (centered) {
            avg[i] = rho * avg[i] + (1 - rho) * gi;
            denom -= avg[i] * avg[i];
        }
        const step = (lr * gi) / (Math.sqrt(denom) + epsilon);
        if (momentum !== 0) {
            buf[i] = momentum * buf[i] + step;
            w[i] = w[i] - buf[i];
        }
        else {
            w[i] = w[i] - step;
        }
    }
};
//# sourceMappingURL=optimizers.js.map