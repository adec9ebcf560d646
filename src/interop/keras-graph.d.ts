type Json = Record<string, unknown>;
/** [layer name, node index, tensor index], as Keras and Candor's FunctionalConfig write them. */
export type NodeRef = [string, number, number];
export interface KerasGraph {
    /** Per layer (in the document's order), the inputs of each of its calls. */
    inboundNodes: NodeRef[][][];
    /** Per layer, each call's arguments in Candor's terms (MultiHeadAttention's useCausalMask, attentionMask). */
    callArgs: Record<string, unknown>[][];
    inputLayers: NodeRef[];
    outputLayers: NodeRef[];
    inputKeys?: string[];
    outputStructure?: 'list' | {
        keys: string[];
    };
}
/** The graph of a Functional config ({ layers: [{ name, inbound_nodes, … }], input_layers, output_layers }). */
export declare function readKerasGraph(config: Json, layers: readonly unknown[]): KerasGraph;
export declare const MODEL_CLASSES: Set<string>;
export {};
