import Foundation
import Logging
import OneScreenCore

/// Writes each log event as one line, `TIME LEVEL message key=value …`, with a single write(2) so lines from
/// concurrent sources never interleave; to stderr or to a file opened for appending (logrotate-friendly with
/// `copytruncate`).
struct LogLineHandler: LogHandler {
    let fd: Int32
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    init(fd: Int32, level: Logger.Level) {
        self.fd = fd
        logLevel = level
    }

    /// Opens `path` for appending (created 0600: logs name sources and their errors), or stderr when nil.
    static func open(path: String?, level: Logger.Level) throws -> LogLineHandler {
        guard let path else { return LogLineHandler(fd: STDERR_FILENO, level: level) }
        let fd = Foundation.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Refusal("cannot open log file \(path): \(String(cString: strerror(errno)))") }
        return LogLineHandler(fd: fd, level: level)
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var all = metadata
        if let provided = metadataProvider?.get() { all.merge(provided) { $1 } }
        if let extra = event.metadata { all.merge(extra) { $1 } }
        // Messages and values quote sources' errors and records: sanitised, so one event stays one line.
        let fields = all.sorted { $0.key < $1.key }.map { " \(Sanitizer.line($0.key))=\(Sanitizer.line("\($0.value)"))" }.joined()
        let line = "\(Instant.now) \(event.level) \(Sanitizer.line("\(event.message)"))\(fields)\n"
        _ = line.utf8CString.withUnsafeBufferPointer { Foundation.write(fd, $0.baseAddress, $0.count - 1) }
    }
}
