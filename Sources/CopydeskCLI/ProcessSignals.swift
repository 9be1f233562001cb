import Copydesk
import CopydeskStages
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process-wide signal set-up of the `copydesk` binary.
///
/// SIGPIPE is ignored, so a reader that goes away (a `command` program, a
/// closed stdout) is an EPIPE error and never kills copydesk. SIGINT,
/// SIGTERM and SIGHUP first kill the `command` programs still running and
/// remove the temporary outputs (a resumable run's journal stays, for
/// `--resume`), then end copydesk by the same signal, so nothing it started
/// outlives it and nothing it wrote is left half-done.
enum ProcessSignals {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    static func install() {
        signal(SIGPIPE, SIG_IGN)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            // Ignored at the C level so that only the dispatch source sees it.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                ChildProcessTable.shared.terminateAll()
                if TemporaryFiles.shared.removeAll().contains(where: { $0.hasSuffix(".copydesk-resume.json") }) {
                    let note = "copydesk: interrupted; the journal is kept: run again with --resume to continue\n"
                    _ = note.withCString { write(2, $0, strlen($0)) }
                }
                // Die of the same signal, so the caller sees why. Dispatch may
                // deliver signals through a mask, so unblock it on this thread.
                signal(number, SIG_DFL)
                var set = sigset_t()
                sigemptyset(&set)
                sigaddset(&set, number)
                pthread_sigmask(SIG_UNBLOCK, &set, nil)
                raise(number)
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
