import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every `command` child still running in this process, so that they die
/// with the run however it ends.
///
/// Linux offers no portable "die with your parent" through `posix_spawn`
/// (`PR_SET_PDEATHSIG` needs code between fork and exec, and fires when the
/// spawning *thread* exits, which Dispatch threads do). So:
/// - a normal end: the stage's pool closes each child's stdin, waits briefly,
///   then kills its process group; an `atexit` hook kills any left;
/// - SIGINT, SIGTERM, SIGHUP: `copydesk` calls `terminateAll()` from its
///   signal handling before exiting (see `ProcessSignals` in CopydeskCLI);
/// - SIGKILL of copydesk: nothing can run, so the contract is that a program
///   exits at end of input — its stdin closes when copydesk dies.
///
/// This is process-wide state on purpose: signals and exit are process-wide.
/// It holds pids only and no configuration, so it is no hidden registry.
public final class ChildProcessTable: @unchecked Sendable {
    /// The one table of this process.
    public static let shared = ChildProcessTable()

    private let lock = NSLock()
    private var groups: Set<pid_t> = []
    private var hooked = false

    private init() {}

    func add(_ pid: pid_t) {
        lock.lock()
        groups.insert(pid)
        let hook = !hooked
        hooked = true
        lock.unlock()
        if hook { atexit { ChildProcessTable.shared.terminateAll() } }
    }

    func remove(_ pid: pid_t) {
        lock.lock()
        groups.remove(pid)
        lock.unlock()
    }

    /// The pids of the children still running.
    public var running: [pid_t] {
        lock.lock()
        defer { lock.unlock() }
        return Array(groups)
    }

    /// Kills every child's process group (each child leads its own group).
    public func terminateAll() {
        lock.lock()
        let all = groups
        lock.unlock()
        for pid in all { kill(-pid, SIGKILL) }
    }
}
