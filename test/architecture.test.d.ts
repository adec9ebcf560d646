/** Lowest first. Data flows down this list. */
export declare const LAYERS: readonly ["root", "random", "tensor", "registry", "kernels", "ops", "autograd", "io", "layers", "losses", "optimizers", "evaluation", "training", "models", "preprocessing", "datasets", "saving", "interop", "config", "experiment", "report", "diagnose", "cli", "index"];
