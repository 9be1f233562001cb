import Copydesk
import Foundation

/// `command`: a stage written as any external program that reads one JSON
/// document per line on stdin and answers each with one line on stdout — the
/// document, changed as it likes, or `{"error": "reason"}` to reject it.
///
/// Programs start on first use, at most one per worker thread, and live for
/// the whole run, so start-up costs are paid once.
public struct CommandStage: Stage {
    public static let spec = StageSpec(
        name: "command",
        summary: "Run an external program as a stage: JSON Lines in on stdin, JSON Lines out on stdout.",
        options: [
            OptionSpec("run", .stringList, required: true, summary: "The program and its arguments, e.g. [python3, stages/upper.py]; relative paths resolve against the pipeline file."),
        ],
        requires: [.text],
        example: """
        - stage: command
          with:
            run: [python3, ../Samples/command-stage/shout.py]
        """
    )

    let pool: ProcessPool

    public init(options: StageOptions, context: StageContext) throws {
        guard var argv = options.list("run"), !argv.isEmpty else { throw StageConfigurationError(option: "run", "'run' needs at least the program") }
        for i in argv.indices where argv[i].hasPrefix("./") || argv[i].hasPrefix("../") {
            argv[i] = PipelineBuilder.resolve(argv[i], against: context.baseDirectory)
        }
        if !argv[0].contains("/") {
            guard let found = Self.which(argv[0]) else { throw StageConfigurationError(option: "run", "program '\(argv[0])' not found on PATH") }
            argv[0] = found
        } else if !FileManager.default.isExecutableFile(atPath: argv[0]) {
            throw StageConfigurationError(option: "run", "'\(argv[0])' is not an executable file")
        }
        pool = ProcessPool(argv: argv, directory: context.baseDirectory)
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    public func process(_ document: inout Document) throws {
        var w = JSONWriter()
        document.wireJSON(into: &w)
        w.byte(0x0A)
        let reply = try pool.exchange(w.bytes)
        let json: JSONValue
        do { json = try JSONParser.parse(reply) } catch {
            throw DocumentError("the program answered with invalid JSON: \(error.description)")
        }
        if let reason = json["error"], json["text"] == nil {
            throw DocumentError("the program rejected the document: \(reason.stringValue ?? "\(reason)")")
        }
        do { document = try Document(json: json, fallbackID: document.id) } catch {
            throw DocumentError("the program answered with an invalid document: \(error.description)")
        }
    }
}

/// Long-lived child processes, each used by one thread at a time.
final class ProcessPool: @unchecked Sendable {
    final class Child {
        let process: Process
        let input: FileHandle
        let output: FileHandle
        var buffer: [UInt8] = []
        init(process: Process, input: FileHandle, output: FileHandle) {
            self.process = process
            self.input = input
            self.output = output
        }
    }

    let argv: [String]
    let directory: String
    private let lock = NSLock()
    private var idle: [Child] = []
    private var all: [Child] = []

    init(argv: [String], directory: String) {
        self.argv = argv
        self.directory = directory
    }

    deinit {
        for c in all {
            try? c.input.close()
            c.process.waitUntilExit()
        }
    }

    /// Sends one line and reads one line back.
    func exchange(_ line: [UInt8]) throws -> [UInt8] {
        let child = try checkout()
        do {
            try child.input.write(contentsOf: line)
            let reply = try readLine(child)
            checkin(child)
            return reply
        } catch {
            // A child that failed mid-exchange is not reused.
            child.process.terminate()
            throw DocumentError("external stage \(argv[0]) failed: \(error)")
        }
    }

    private func checkout() throws -> Child {
        lock.lock()
        if let c = idle.popLast() { lock.unlock(); return c }
        lock.unlock()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: argv[0])
        p.arguments = Array(argv.dropFirst())
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        let stdin = Pipe(), stdout = Pipe()
        p.standardInput = stdin
        p.standardOutput = stdout
        p.standardError = FileHandle.standardError
        try p.run()
        let c = Child(process: p, input: stdin.fileHandleForWriting, output: stdout.fileHandleForReading)
        lock.lock()
        all.append(c)
        lock.unlock()
        return c
    }

    private func checkin(_ c: Child) {
        lock.lock()
        idle.append(c)
        lock.unlock()
    }

    private func readLine(_ c: Child) throws -> [UInt8] {
        while true {
            if let nl = c.buffer.firstIndex(of: 0x0A) {
                let line = Array(c.buffer[..<nl])
                c.buffer.removeFirst(nl + 1)
                return line
            }
            // `availableData` returns what the pipe holds; `read(upToCount:)` would wait for a full buffer.
            let chunk = c.output.availableData
            guard !chunk.isEmpty else {
                throw DocumentError("the program closed its output (exit status \(c.process.isRunning ? "running" : String(c.process.terminationStatus)))")
            }
            c.buffer.append(contentsOf: chunk)
        }
    }
}
