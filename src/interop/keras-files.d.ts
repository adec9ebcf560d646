type Json = Record<string, unknown>;
/**
 * The model document inside any file Keras or TF.js writes: model.to_json() text, a `.keras`
 * archive (config.json + metadata.json, read with fflate), a legacy `.h5` file (its model_config
 * and training_config attributes, read with jsfive) or a TF.js model.json (modelTopology +
 * trainingConfig). Returns the Keras JSON with its compile settings as `compile_config`.
 */
export interface KerasDocument {
    doc: Json;
    /** 'keras archive', 'keras h5', 'tfjs model.json', 'json'. */
    container: string;
}
/** Reads the model document of a file; errors name the file and the part that is wrong. */
export declare function readKerasFile(path: string): KerasDocument;
export {};
