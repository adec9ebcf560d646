import { Registry } from '../../registry/registry.js';
/** Every metric family, built-in and registered. */
export const METRIC_RECORDS = new Registry('metric', 'a custom metric is found once registered: candor.registerMetric(name, fn)');
/** Registers a built-in metric record under its names (records/ call this). */
export function defineMetric(record, builtin = true) {
    const [name, ...aliases] = record.names;
    return METRIC_RECORDS.register(name, record, { aliases, builtin });
}
/** Records that parse names carrying options, in registration order. */
export function parsingRecords() {
    return METRIC_RECORDS.entries()
        .map(([, r]) => r)
        .filter((r) => r.parse !== undefined);
}
//# sourceMappingURL=record.js.map