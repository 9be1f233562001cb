import CCopydeskSpawn
import Foundation
// Linux only, like the GNU calls in CCopydeskSpawn.
import Glibc

/// One running program of a `command` stage: spawned with `posix_spawn`
/// (never a shell), its stdin and stdout as non-blocking pipes read and
/// written against deadlines, its stderr relayed to the log.
///
/// The child gets an empty signal mask and default dispositions for every
/// signal (Dispatch's threads block most signals, and a mask is inherited
/// across exec), and a process group of its own, so that stopping it also
/// stops whatever it started. See `ChildProcessTable` for how children die
/// with the run.
final class ChildProcess: @unchecked Sendable {
    let pid: pid_t
    private let input: Int32
    private let output: Int32
    let stderr: StderrRelay
    private var buffer: [UInt8] = []
    private var exitStatus: Int32? = nil
    private var inputOpen = true
    private let statusLock = NSLock()

    struct SpawnError: Error, CustomStringConvertible {
        let description: String
    }

    /// Starts `argv` in `directory` with exactly `environment`.
    init(argv: [String], environment: [String], directory: String, stderr relay: StderrRelay) throws {
        var stdinPipe: [Int32] = [-1, -1], stdoutPipe: [Int32] = [-1, -1], stderrPipe: [Int32] = [-1, -1]
        // O_CLOEXEC: only the ends dup2'd onto 0, 1 and 2 reach the child (and no sibling's pipes).
        guard copydesk_pipe_cloexec(&stdinPipe) == 0 else { throw SpawnError(description: "pipe: \(String(cString: strerror(errno)))") }
        guard copydesk_pipe_cloexec(&stdoutPipe) == 0 else {
            Self.close(stdinPipe)
            throw SpawnError(description: "pipe: \(String(cString: strerror(errno)))")
        }
        guard copydesk_pipe_cloexec(&stderrPipe) == 0 else {
            Self.close(stdinPipe + stdoutPipe)
            throw SpawnError(description: "pipe: \(String(cString: strerror(errno)))")
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
        copydesk_spawn_addchdir(&actions, directory)
        // Descriptors other code opened without O_CLOEXEC stay out of the child too.
        copydesk_spawn_addclosefrom(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        var child: pid_t = 0
        let cArgv = argv.map { strdup($0) } + [nil]
        let cEnv = environment.map { strdup($0) } + [nil]
        defer {
            cArgv.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        let rc = posix_spawn(&child, argv[0], &actions, &attributes, cArgv, cEnv)
        Self.close([stdinPipe[0], stdoutPipe[1], stderrPipe[1]])
        guard rc == 0 else {
            Self.close([stdinPipe[1], stdoutPipe[0], stderrPipe[0]])
            throw SpawnError(description: "cannot start \(argv[0]): \(String(cString: strerror(rc)))")
        }
        pid = child
        input = stdinPipe[1]
        output = stdoutPipe[0]
        _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) | O_NONBLOCK)
        _ = fcntl(output, F_SETFL, fcntl(output, F_GETFL) | O_NONBLOCK)
        stderr = relay
        ChildProcessTable.shared.add(pid)
        relay.start(reading: stderrPipe[0])
    }

    deinit {
        stop(grace: 0)
        Glibc.close(output)
    }

    /// Closes the program's stdin: the end-of-input that tells it to exit.
    func closeInput() {
        statusLock.lock()
        defer { statusLock.unlock() }
        if inputOpen { Glibc.close(input) }
        inputOpen = false
    }

    /// Why an exchange with the program failed.
    enum Failure: Error {
        case timedOut
        /// The program closed its stdin or stdout: it exited or is exiting.
        case closed
        case io(String)
    }

    /// Writes all of `bytes` before `deadline`.
    func write(_ bytes: [UInt8], deadline: DispatchTime) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                Self.withoutSIGPIPE { Glibc.write(input, raw.baseAddress! + offset, raw.count - offset) }
            }
            if n > 0 { offset += n; continue }
            switch errno {
            case EINTR: continue
            case EAGAIN: try wait(for: input, events: Int16(POLLOUT), deadline: deadline)
            case EPIPE: throw .closed
            default: throw .io("write: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// The next line the program writes (without its newline), before `deadline`.
    func readLine(deadline: DispatchTime) throws(Failure) -> [UInt8] {
        var scanned = 0
        while true {
            if let nl = buffer[scanned...].firstIndex(of: 0x0A) {
                let line = Array(buffer[..<nl])
                buffer.removeFirst(nl + 1)
                return line
            }
            scanned = buffer.count
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(output, $0.baseAddress, $0.count) }
            if n > 0 { buffer.append(contentsOf: chunk[..<n]); continue }
            if n == 0 { throw .closed }
            switch errno {
            case EINTR: continue
            case EAGAIN: try wait(for: output, events: Int16(POLLIN), deadline: deadline)
            default: throw .io("read: \(String(cString: strerror(errno)))")
            }
        }
    }

    private func wait(for fd: Int32, events: Int16, deadline: DispatchTime) throws(Failure) {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now < deadline.uptimeNanoseconds else { throw .timedOut }
        let milliseconds = Int32(min(Int(Int32.max), Int((deadline.uptimeNanoseconds - now + 999_999) / 1_000_000)))
        var p = pollfd(fd: fd, events: events, revents: 0)
        let rc = Glibc.poll(&p, 1, milliseconds)
        if rc == 0 { throw .timedOut }
        // POLLHUP/POLLERR: the next read or write reports it.
    }

    /// Runs `body` with SIGPIPE blocked on this thread and discards a SIGPIPE
    /// it raised, so that a closed pipe is an EPIPE and never kills the
    /// process — also when the embedding program does not ignore SIGPIPE.
    private static func withoutSIGPIPE(_ body: () -> Int) -> Int {
        var pipeSet = sigset_t(), old = sigset_t()
        sigemptyset(&pipeSet)
        sigaddset(&pipeSet, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSet, &old)
        let result = body()
        let error = errno
        if result < 0 && error == EPIPE {
            var zero = timespec(tv_sec: 0, tv_nsec: 0)
            _ = sigtimedwait(&pipeSet, nil, &zero)
        }
        pthread_sigmask(SIG_SETMASK, &old, nil)
        errno = error
        return result
    }

    /// The wait status once the program has exited, reaping it; nil while it runs.
    func exitStatusIfExited() -> Int32? {
        statusLock.lock()
        defer { statusLock.unlock() }
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            exitStatus = status
            ChildProcessTable.shared.remove(pid)
        }
        return exitStatus
    }

    /// The exit status, waiting up to `grace` seconds; then the program and
    /// its process group are killed.
    @discardableResult
    func stop(grace: Double) -> Int32 {
        closeInput()
        let end = DispatchTime.now().uptimeNanoseconds + UInt64(grace * 1e9)
        while true {
            if let s = exitStatusIfExited() { return s }
            if DispatchTime.now().uptimeNanoseconds >= end { break }
            usleep(5_000)
        }
        Glibc.kill(-pid, SIGKILL)
        statusLock.lock()
        defer { statusLock.unlock() }
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        exitStatus = status
        ChildProcessTable.shared.remove(pid)
        return status
    }

    /// Kills the program's process group now.
    func killGroup() {
        Glibc.kill(-pid, SIGKILL)
    }

    /// `exit status 1`, or for a signal the shell's `exit status 139 (SIGSEGV)`.
    static func describe(status: Int32) -> String {
        let signal = status & 0x7f
        if signal == 0 { return "exit status \((status >> 8) & 0xff)" }
        let names: [Int32: String] = [SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGBUS: "SIGBUS",
                                      SIGILL: "SIGILL", SIGFPE: "SIGFPE", SIGINT: "SIGINT", SIGHUP: "SIGHUP", SIGPIPE: "SIGPIPE"]
        let name = names[signal] ?? "signal \(signal)"
        return "exit status \(128 + signal) (\(name))"
    }

    private static func close(_ fds: [Int32]) {
        for fd in fds where fd >= 0 { Glibc.close(fd) }
    }
}
