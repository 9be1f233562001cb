import Copydesk
import CopydeskStages
import CopydeskTesting
import Foundation
import Testing

@Suite struct CommandStageTests {
    static let misbehave = "Tests/CopydeskStagesTests/Programs/misbehave.py"

    func stage(_ options: [String: OptionValue] = [:], args: [String] = []) throws -> CommandStage {
        var given = options
        given["run"] = given["run"] ?? .list(["python3", Self.misbehave] + args)
        return try makeStage(CommandStage.self, given, base: repositoryRoot.path)
    }

    func documents(_ count: Int, faults: [Int: String] = [:]) -> [Document] {
        (0..<count).map { Document(id: "d\($0)", text: "Document \($0). \(faults[$0] ?? "")") }
    }

    /// Every document out is its own input, answered: none shifted or duplicated.
    func expectUnshifted(_ result: StageHarness.Result, _ docs: [Document]) {
        let byID = Dictionary(uniqueKeysWithValues: docs.map { ($0.id, $0) })
        for d in result.documents {
            #expect(d.text == byID[d.id]?.text, "document \(d.id) carries another's text")
            #expect(d[field: "seen"] == .bool(true))
        }
        #expect(Set(result.documents.map(\.id)).count == result.documents.count)
        #expect(Set(result.documents.map(\.id) + result.rejects.map(\.id)) == Set(docs.map(\.id)))
        #expect(result.documents.count + result.rejects.count == docs.count)
    }

    @Test func externalProgramTransformsAndRejects() throws {
        let stage = try makeStage(CommandStage.self, ["run": .list(["python3", "Samples/command-stage/shout.py"])], base: repositoryRoot.path)
        let docs = [Document(id: "a", text: "Title one\n\nBody."), Document(id: "b", text: "  "), Document(id: "c", text: "Title three")]
        let result = try StageHarness.run([stage], on: docs, workers: 2)
        #expect(result.documents.map(\.id) == ["a", "c"])
        #expect(result.documents.first?[field: "shouted_title"] == .string("TITLE ONE"))
        #expect(result.rejects.map(\.id) == ["b"])
        #expect(result.rejects.first?.error.contains("empty text") == true)
    }

    @Test func samplePythonProgramWithALibraryFromPyPIDetectsLanguages() throws {
        // Samples/command-stage/language.py needs langdetect (.ci/run installs it).
        let stage = try makeStage(CommandStage.self, ["run": .list(["python3", "Samples/command-stage/language.py"])], base: repositoryRoot.path)
        let docs = [
            Document(id: "en", text: "The council said on Wednesday that the repairs to the bridge would take nine months."),
            Document(id: "fr", text: "Le conseil a déclaré mercredi que les réparations du pont prendraient neuf mois."),
            Document(id: "de", text: "Der Rat sagte am Mittwoch, dass die Reparaturen an der Brücke neun Monate dauern würden."),
            Document(id: "none", text: "1234 5678"),
        ]
        let result = try StageHarness.run([stage], on: docs, workers: 2)
        #expect(result.documents.map { $0[field: "language"]?.stringValue } == ["en", "fr", "de"])
        #expect(result.rejects.map(\.id) == ["none"])
        #expect(result.rejects.first?.error.contains("no language detected") == true)
    }

    @Test func argumentsReachTheProgramAsWrittenWithNoShell() throws {
        // Shell syntax in the arguments stays text: no expansion, no second command.
        let echo = "import sys, json\nfor l in sys.stdin:\n    d = json.loads(l); d['argv'] = sys.argv[1:]; print(json.dumps(d), flush=True)"
        let dir = try temporaryDirectory()
        let marker = dir.appendingPathComponent("pwned").path
        let args = ["$HOME", "`touch \(marker)`", "; touch \(marker)", "*", "a b", "$(id)"]
        let stage = try makeStage(CommandStage.self, ["run": .list(["python3", "-c", echo] + args)], base: repositoryRoot.path)
        let result = try StageHarness.run([stage], on: [Document(id: "a", text: "x")])
        #expect(result.documents.first?[field: "argv"] == .array(args.map { .string($0) }))
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func missingProgramIsAConfigurationError() {
        #expect(throws: ConfigurationError.self) { try makeStage(CommandStage.self, ["run": .list(["no-such-program-xyz"])]) }
    }

    @Test func aCrashCostsOnlyItsDocument() throws {
        let docs = documents(50, faults: [17: "CRASH"])
        let result = try StageHarness.run([try stage()], on: docs, workers: 2)
        #expect(result.documents.count == 49)
        #expect(result.rejects.map(\.id) == ["d17"])
        let reason = result.rejects.first?.error ?? ""
        #expect(reason.contains("exit status 139 (SIGSEGV) while processing"), "\(reason)")
        #expect(reason.contains("crashing on d17"), "the last stderr line is kept: \(reason)")
        expectUnshifted(result, docs)
    }

    @Test(.timeLimit(.minutes(1))) func aHangingProgramIsCutAtItsTimeout() throws {
        let docs = documents(6, faults: [2: "HANG"])
        // The timeout covers a restarted program's start-up too: room for a loaded machine.
        let result = try StageHarness.run([try stage(["timeout": .string("2s")])], on: docs, workers: 1)
        #expect(result.rejects.map(\.id) == ["d2"])
        #expect(result.rejects.first?.error == "timeout after 2 s")
        #expect(result.documents.count == 5)
        expectUnshifted(result, docs)
    }

    @Test(.timeLimit(.minutes(1))) func noAnswerIsATimeoutNotAShift() throws {
        let docs = documents(5, faults: [1: "SKIP"])
        let result = try StageHarness.run([try stage(["timeout": .string("1500ms")])], on: docs, workers: 1)
        #expect(result.rejects.map(\.id) == ["d1"])
        #expect(result.rejects.first?.error == "timeout after 1.5 s")
        expectUnshifted(result, docs)
    }

    @Test func twoAnswersForOneDocumentRejectTheNextNeverShift() throws {
        let docs = documents(10, faults: [3: "TWICE", 7: "TWICE"])
        let result = try StageHarness.run([try stage()], on: docs, workers: 1)
        #expect(result.rejects.map(\.id) == ["d4", "d8"])
        #expect(result.rejects.first?.error == "the program answered 'd3' a second time (one answer too many) where 'd4' was due")
        expectUnshifted(result, docs)
    }

    @Test func answersToOneProgramFromManyWorkersStayMatched() throws {
        // One program, four workers writing up to four documents ahead.
        let docs = documents(40, faults: [5: "TWICE", 20: "WRONGID", 30: "NOTJSON"])
        let result = try StageHarness.run([try stage(["processes": .integer(1), "in_flight": .integer(4)])], on: docs, workers: 4)
        #expect(result.rejects.map(\.id).contains("d20"))
        #expect(result.rejects.map(\.id).contains("d30"))
        // A twice-answering or wrong-id program is stopped: up to `in_flight` held documents each.
        #expect(result.documents.count >= 40 - 1 - 2 * 4, "\(result.rejects.map { "\($0.id): \($0.error)" })")
        expectUnshifted(result, docs)
    }

    @Test func aWrongIDIsRejectedWithBothIDs() throws {
        let docs = documents(5, faults: [2: "WRONGID"])
        let result = try StageHarness.run([try stage()], on: docs, workers: 1)
        #expect(result.rejects.map(\.id) == ["d2"])
        #expect(result.rejects.first?.error == "the program answered id 'not-d2' for 'd2'")
        expectUnshifted(result, docs)
    }

    @Test func changeIDsLetsTheProgramRenameDocuments() throws {
        let docs = documents(3, faults: [1: "WRONGID"])
        let result = try StageHarness.run([try stage(["change_ids": .boolean(true)])], on: docs, workers: 1)
        #expect(result.documents.map(\.id) == ["d0", "not-d1", "d2"])
    }

    @Test func notJSONIsARejectOfThatDocument() throws {
        let docs = documents(4, faults: [0: "NOTJSON"])
        let result = try StageHarness.run([try stage()], on: docs, workers: 1)
        #expect(result.rejects.map(\.id) == ["d0"])
        #expect(result.rejects.first?.error == "the program answered with something that is not a JSON object: 'this is not json'")
        #expect(result.documents.count == 3)
    }

    @Test func restartsInARowFailTheRun() throws {
        let docs = documents(10, faults: Dictionary(uniqueKeysWithValues: (0..<10).map { ($0, "CRASH") }))
        let error = #expect(throws: RunError.self) {
            try StageHarness.run([try stage(["max_restarts": .integer(2)])], on: docs, workers: 1)
        }
        #expect(error?.message.contains("the program failed 3 times in a row (max_restarts: 2)") == true, "\(String(describing: error))")
        #expect(throws: RunError.self) { try StageHarness.run([try stage(["restart": .string("never")])], on: documents(3, faults: [1: "CRASH"]), workers: 1) }
    }

    @Test func programsThatExitAtOnceFailBeforeAnyDocument() throws {
        let error = #expect(throws: ConfigurationError.self) { try stage(["run": .list(["Tests/CopydeskStagesTests/Programs/exit-at-once.sh"])]) }
        let message = error?.description ?? ""
        #expect(message.contains("exited at once, before reading any document (exit status 3)"), "\(message)")
        #expect(message.contains("giving up before any input"), "\(message)")
        #expect(throws: ConfigurationError.self) { try stage(["run": .list(["true"])]) }
    }

    @Test func childrenHaveACleanSignalMaskAndOnlyTheGivenEnvironment() throws {
        let run = OptionValue.list(["Tests/CopydeskStagesTests/Programs/report-process.sh"])
        let result = try StageHarness.run([try stage(["run": run, "env": .list(["COPYDESK_TEST=1"])])], on: documents(3), workers: 1)
        #expect(result.documents.count == 3)
        for d in result.documents {
            // glibc keeps its two internal real-time signals (32, 33) out of
            // sigfillset, so posix_spawn cannot reset them; 1...31 must be clean.
            #expect(d[field: "sigblk"] == .string("0000000000000000"))
            let ignored = d[field: "sigign"]?.stringValue.flatMap { UInt64($0, radix: 16) }
            #expect(ignored.map { $0 & 0x7fff_ffff } == 0, "ignored: \(String(describing: d[field: "sigign"]))")
            let env = d[field: "env"]?.arrayValue?.compactMap(\.stringValue) ?? []
            #expect(env.contains("COPYDESK_TEST"))
            #expect(!env.contains("PATH") && !env.contains("HOME"), "\(env)")
        }
    }

    @Test func childrenAreGoneWhenTheStageIs() throws {
        let pidfile = try temporaryDirectory().appendingPathComponent("pids").path
        do {
            let s = try stage(["processes": .integer(2)], args: ["--linger", "--pidfile", pidfile])
            _ = try StageHarness.run([s], on: documents(8), workers: 2)
        }
        let pids = try String(contentsOfFile: pidfile, encoding: .utf8).split(separator: "\n").compactMap { Int32($0) }
        #expect(!pids.isEmpty)
        for pid in pids { #expect(kill(pid, 0) != 0, "child \(pid) outlived its stage") }
    }

    @Test func durationsAndOptionsAreValidatedWithPositions() throws {
        #expect(CommandStage.spec.option(named: "timeout") != nil)
        let error = #expect(throws: ConfigurationError.self) {
            try StageHarness.build(CommandStage.self, yaml: """
                stage: command
                with:
                  run: [python3, \(Self.misbehave)]
                  timeout: soon
                """, baseDirectory: repositoryRoot.path)
        }
        #expect(error?.diagnostics.first.map { "\($0.line):\($0.column)" } == "4:12")
        #expect(error?.description.contains("expected a duration such as 30s") == true)
        let ok = try StageHarness.build(CommandStage.self, yaml: CommandStage.spec.example, baseDirectory: repositoryRoot.appendingPathComponent("Pipelines").path)
        _ = ok
    }
}
