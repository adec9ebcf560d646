/**
 * One registry per family of named things (layers, activations, initializers, regularizers,
 * constraints, losses, metrics, optimizers, datasets): each thing registers itself where it is
 * defined (Keras' @keras_export, TF.js' registerClass), users register theirs the same way, and
 * every lookup accepts any casing or underscores and suggests the nearest name on a typo.
 */
import { canonicalName, suggest } from './lookup.js';
export class Registry {
    family;
    hint;
    byKey = new Map();
    primary = [];
    /**
     * `family` names one entry in messages ('layer class', 'loss', 'metric'); `hint` ends the
     * error for an unknown name (how to register a custom one).
     */
    constructor(family, hint = '') {
        this.family = family;
        this.hint = hint;
    }
    /**
     * Adds `value` under `name` (and its aliases). A name already taken is refused, naming what
     * holds it; registering the same value again under the same name is allowed (a module loaded
     * twice), so a custom thing never silently replaces another.
     */
    register(name, value, options = {}) {
        if (typeof name !== 'string' || name.trim() === '')
            throw new TypeError(`register ${this.family}: the name must be a non-empty string. Received: ${JSON.stringify(name)}`);
        const entry = { name, value, builtin: options.builtin ?? false };
        const names = [name, ...(options.aliases ?? [])];
        for (const n of names) {
            const held = this.byKey.get(canonicalName(n));
            if (held && !(held.value === value && held.name === name)) {
                throw new RangeError(`register ${this.family}: the name "${n}" is already taken by ${held.builtin ? 'the built-in' : 'the registered'} ${this.family} "${held.name}". Choose another name.`);
            }
        }
        if (this.byKey.get(canonicalName(name))?.value === value)
            return value;
        for (const n of names)
            this.byKey.set(canonicalName(n), entry);
        this.primary.push(entry);
        return value;
    }
    /** The entry for `name` in any casing, or undefined. */
    find(name) {
        return this.byKey.get(canonicalName(name))?.value;
    }
    /** The entry for `name`; an unknown name lists the valid ones and suggests the nearest. */
    get(name, where, arg = this.family) {
        const found = typeof name === 'string' ? this.find(name) : undefined;
        if (found !== undefined)
            return found;
        const keys = this.names();
        const hint = typeof name === 'string' ? suggest(name, keys) : undefined;
        throw new RangeError(`${where}: unknown ${arg} ${JSON.stringify(name)}.${hint ? ` Did you mean '${hint}'?` : ''} Expected one of: ${keys.join(', ')}${this.hint ? ` (${this.hint})` : ''}. Received: ${arg}=${JSON.stringify(name)}`);
    }
    /** The documented name of `name` (its primary spelling), or undefined. */
    canonical(name) {
        return this.byKey.get(canonicalName(name))?.name;
    }
    /** The name a value was registered under (the first, when it has several). */
    nameOf(value) {
        return this.primary.find((e) => e.value === value)?.name;
    }
    /** Whether the name belongs to a thing the user registered (not a built-in). */
    isCustom(name) {
        return this.byKey.get(canonicalName(name))?.builtin === false;
    }
    /** Primary names, in registration order. */
    names() {
        return this.primary.map((e) => e.name);
    }
    /** Every name and alias with its value, as a plain table (for lookups that still take one). */
    entries() {
        return this.primary.map((e) => [e.name, e.value]);
    }
}
//# sourceMappingURL=registry.js.map