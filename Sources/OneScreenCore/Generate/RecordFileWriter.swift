import Foundation

/// Writes the lines of one file through a `RecordBuffer`, flushing in large chunks, and counts its rows.
struct RecordFileWriter {
    /// Flush when the buffer passes this size: large enough that system calls are rare, small enough that a
    /// 10 M-reading file is never held in memory.
    static let flushThreshold = 1 << 20

    var buffer = RecordBuffer(capacity: RecordFileWriter.flushThreshold + 4096)
    private(set) var rows = 0
    private var bytesWritten = 0
    private let handle: FileHandle

    /// Creates or truncates `name` in `directory`, lets `body` fill it and closes it.
    static func write(_ name: String, in directory: URL, _ body: (inout RecordFileWriter) throws -> Void) throws
        -> GeneratedFile
    {
        let path = directory.appendingPathComponent(name).path
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        var writer = RecordFileWriter(handle: try FileHandle(forWritingTo: URL(fileURLWithPath: path)))
        do {
            try body(&writer)
            try writer.flush()
            try writer.handle.close()
        } catch {
            try? writer.handle.close()
            throw error
        }
        return GeneratedFile(name: name, rows: writer.rows, bytes: writer.bytesWritten)
    }

    private init(handle: FileHandle) {
        self.handle = handle
    }

    /// Counts one finished data row (not a CSV header) and flushes when the buffer is full.
    @inline(__always)
    mutating func endRow() throws {
        rows += 1
        if buffer.count >= RecordFileWriter.flushThreshold { try flush() }
    }

    private mutating func flush() throws {
        guard buffer.count > 0 else { return }
        try handle.write(contentsOf: buffer.bytes)
        bytesWritten += buffer.count
        buffer.removeAll()
    }
}
