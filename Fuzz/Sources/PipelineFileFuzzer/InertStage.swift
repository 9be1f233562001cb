import Copydesk
import CopydeskStages

/// Stands in for `command` (which starts the program it names at build time)
/// and `fault` (which traps on purpose): same spec, so their options are
/// still typed and checked, but building one does nothing.
struct InertCommand: Stage {
    static var spec: StageSpec { CommandStage.spec }
    init(options: StageOptions, context: StageContext) throws {}
    func process(_ document: inout Document) throws {}
}

/// See `InertCommand`.
struct InertFault: Stage {
    static var spec: StageSpec { FaultStage.spec }
    init(options: StageOptions, context: StageContext) throws {}
    func process(_ document: inout Document) throws {}
}
