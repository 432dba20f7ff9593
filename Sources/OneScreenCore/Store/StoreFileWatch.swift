import Foundation

/// An inotify watch on the folder of a SQLite store for writes to the store's own files (the main file and its
/// `-wal`), by any process: the descriptor a viewer or the server sleeps on until a commit may have happened.
///
/// The folder is watched, not the files: SQLite deletes the `-wal` file when the last connection closes and a
/// writer creates it again, and a watch on the file would die with it. Events for other files in the folder are
/// read and dropped.
final class StoreFileWatch {
    let descriptor: Int32
    private let names: Set<String>

    /// What inotify reports of a commit: the write itself, a file closed after writing, one created or moved
    /// into place (a restored backup, a new `-wal`).
    #if os(Linux)
    private static let events = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE)
    #endif
    /// Room for a burst of events read at once; more waiting just makes the next read.
    private static let bufferBytes = 4096

    /// Nil where inotify is missing or refuses (no watches left, the folder unreadable): the caller asks instead.
    init?(path: String) {
        #if os(Linux)
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        let folder = absolute.deletingLastPathComponent().path
        let base = absolute.lastPathComponent
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        guard inotify_add_watch(fd, folder, Self.events) >= 0 else {
            close(fd)
            return nil
        }
        descriptor = fd
        names = [base, base + "-wal"]
        #else
        return nil
        #endif
    }

    deinit { close(descriptor) }

    /// Reads every event waiting, without blocking. - Returns: whether any was a write to the store's files (or
    /// the kernel's queue overflowed, so one may have been lost).
    func takeWrites() -> Bool {
        #if os(Linux)
        var wrote = false
        var buffer = [UInt8](repeating: 0, count: Self.bufferBytes)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return wrote }
            buffer.withUnsafeBytes { bytes in
                var offset = 0
                let header = MemoryLayout<inotify_event>.size
                while offset + header <= count {
                    let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = bytes[(offset + header)..<min(count, offset + header + length)].prefix { $0 != 0 }
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 || names.contains(String(decoding: nameBytes, as: UTF8.self)) {
                        wrote = true
                    }
                    offset += header + length
                }
            }
        }
        #else
        return true
        #endif
    }
}
