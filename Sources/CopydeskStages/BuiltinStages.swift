import Copydesk

/// The stages Copydesk ships, registered exactly as a user's stages are.
public enum BuiltinStages {
    /// Adds every built-in stage to `registry`.
    public static func register(into registry: inout StageRegistry) {
        registry.register(LoadStage.self)
        registry.register(CleanStage.self)
        registry.register(TagEntitiesStage.self)
        registry.register(TagNumbersStage.self)
        registry.register(SummarizeStage.self)
        registry.register(CommandStage.self)
        registry.register(FaultStage.self)
        registry.register(WriteStage.self)
    }

    /// A registry holding the built-in stages only.
    public static var registry: StageRegistry {
        var r = StageRegistry()
        register(into: &r)
        return r
    }
}
