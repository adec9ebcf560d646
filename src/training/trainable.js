export {};
//# sourceMappingURL=trainable.js.map