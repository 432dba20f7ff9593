import Foundation

/// Writes record lines to one file through a `RecordBuffer`, flushing in large chunks.
///
/// Used by one writer on one thread, then closed; it is not shared, so it needs no locking.
final class RecordFileWriter {
    /// Flush when the buffer passes this size: large enough that system calls are rare, small enough that a
    /// 10 M-reading file is never held in memory.
    static let flushThreshold = 1 << 20

    var buffer = RecordBuffer(capacity: RecordFileWriter.flushThreshold + 4096)
    private(set) var lines = 0
    private(set) var bytesWritten = 0
    private let handle: FileHandle
    let url: URL

    init(url: URL) throws {
        self.url = url
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
    }

    /// Counts one finished line and flushes when the buffer is full.
    @inline(__always)
    func endLine() throws {
        lines += 1
        if buffer.count >= RecordFileWriter.flushThreshold { try flush() }
    }

    func flush() throws {
        guard buffer.count > 0 else { return }
        try handle.write(contentsOf: buffer.bytes)
        bytesWritten += buffer.count
        buffer.removeAll()
    }

    func close() throws {
        try flush()
        try handle.close()
    }
}
