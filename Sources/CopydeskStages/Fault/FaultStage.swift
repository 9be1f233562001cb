import Copydesk
import Foundation

/// `fault`: a testing aid that misbehaves on purpose on chosen documents —
/// traps (as an index out of range or a force unwrap would), hangs, or is
/// slow on every document — so that isolation, timeouts and resume can be
/// tried on a real run. It changes no document.
public struct FaultStage: Stage {
    public static let spec = StageSpec(
        name: "fault",
        summary: "Testing aid: trap or hang on chosen document ids, or sleep on every document, to try isolate, timeout and --resume.",
        options: [
            OptionSpec("trap_on", .stringList, default: .list([]), summary: "Ids of documents on which the process traps (a Swift runtime error)."),
            OptionSpec("hang_on", .stringList, default: .list([]), summary: "Ids of documents on which the stage never returns."),
            OptionSpec("sleep_ms", .integer, default: .integer(0), minimum: 0, summary: "Milliseconds to sleep on every document (a slow run to interrupt)."),
        ],
        requires: [.text],
        example: """
        - stage: fault
          isolate: true
          timeout: 5s
          with:
            trap_on: [doc-42]
        """
    )

    let trapOn: Set<String>
    let hangOn: Set<String>
    let sleep: UInt32

    public init(options: StageOptions, context: StageContext) throws {
        trapOn = Set(options.list("trap_on") ?? [])
        hangOn = Set(options.list("hang_on") ?? [])
        sleep = UInt32(options.int("sleep_ms") ?? 0) * 1000
    }

    public func process(_ document: inout Document) throws {
        if sleep > 0 { usleep(sleep) }
        if trapOn.contains(document.id) {
            let empty: [Int] = []
            _ = empty[document.text.utf8.count]
        }
        while hangOn.contains(document.id) { usleep(100_000) }
    }
}
