import Foundation
import Synchronization

/// Tails a JSON Lines or CSV file: each run ingests the whole lines appended since the last one.
///
/// Rotation (the file renamed away and a new one created under the name) is noticed by its inode: the rest of the
/// old file is read through the descriptor still open, then the new file from its start. Truncation (the size
/// dropping below the offset, or the bytes before the offset no longer those last read: truncated and regrown
/// between two polls) starts again from the top. The offset is the checkpoint, so a restarted or taking-over
/// collector resumes where the last one stopped instead of reading the file again.
final class FileTailSource: DataSource {
    let path: String
    let format: IngestInput.Format?
    let type: RecordType?
    private let open = Mutex<OpenTail?>(nil)

    /// Bytes ingested in one piece: bounds memory for a file that grew by gigabytes while the collector was down.
    static let chunkBytes = 16 << 20

    init(path: String, format: IngestInput.Format?, type: RecordType?) {
        let name = (path as NSString).lastPathComponent
        self.path = path
        self.format = format ?? IngestInput.file(path, type: nil).format
        self.type = type ?? RecordType.named(byFile: name)
    }

    func run(_ context: SourceRunContext) async throws -> String? {
        var tail = open.withLock { $0.take() }
        defer { open.withLock { [tail] in $0 = tail } }
        var info = stat()
        let exists = stat(path, &info) == 0
        if var current = tail, !exists || !current.position.isSameFile(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)) {
            // Rotated or removed: finish the old file through the descriptor we still hold, then let it go.
            tail = nil
            defer { close(current.fd) }
            try await drain(&current, context, final: true)
        }
        guard exists else { return context.checkpoint }
        if tail == nil {
            let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw SourceFailure("\(path): \(String(cString: strerror(errno)))") }
            var start = TailPosition(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), offset: 0)
            if let saved = TailPosition(checkpoint: context.checkpoint), saved.isSameFile(device: start.device, inode: start.inode) {
                start = saved
            }
            tail = OpenTail(fd: fd, position: start)
        }
        guard var current = tail else { return context.checkpoint }
        defer { tail = current }
        try await drain(&current, context, final: false)
        return current.position.checkpoint
    }

    /// Ingests the whole lines from the tail's offset to the end of the file (and a last unterminated line when
    /// the file is `final`, i.e. rotated away and done growing).
    private func drain(_ tail: inout OpenTail, _ context: SourceRunContext, final: Bool) async throws {
        var info = stat()
        guard fstat(tail.fd, &info) == 0 else { throw SourceFailure("\(path): \(String(cString: strerror(errno)))") }
        if try Int64(info.st_size) < tail.position.offset || !endsAsRead(tail) {
            tail.position.offset = 0
            tail.position.fingerprint = nil
        }
        while !Task.isCancelled {
            var chunk = try read(tail.fd, at: tail.position.offset, count: Self.chunkBytes)
            guard !chunk.isEmpty else { return }
            let full = chunk.count == Self.chunkBytes
            if let end = chunk.lastIndex(of: 0x0A) {
                chunk.removeSubrange((end + 1)...)
            } else if !final && !(full && chunk.count > IngestLimits.maxLineBytes) {
                return  // half a line: wait for the writer to finish it
            }
            let start = tail.position.offset
            var bytes = chunk
            if format == .csv && start > 0, let header = try header(tail.fd) { bytes = header + [0x0A] + chunk }
            let name = start == 0 ? path : "\(path) (from byte \(start))"
            _ = await context.ingest(IngestInput(name: name, origin: .bytes(bytes), type: type, format: format))
            tail.position.offset = start + Int64(chunk.count)
            tail.position.fingerprint = try fingerprint(tail.fd, before: tail.position.offset)
            if !full { return }
        }
    }

    /// Whether the bytes before the offset are still those ingested last: a file truncated and written past the
    /// offset again has other bytes there (or no line end just before it), and is read again from the start.
    private func endsAsRead(_ tail: OpenTail) throws -> Bool {
        guard tail.position.offset > 0, let expected = tail.position.fingerprint else { return true }
        return try fingerprint(tail.fd, before: tail.position.offset) == expected
    }

    private func fingerprint(_ fd: Int32, before offset: Int64) throws -> UInt64 {
        let from = max(0, offset - Int64(TailPosition.fingerprintBytes))
        return TailPosition.fingerprint(of: try read(fd, at: from, count: Int(offset - from)))
    }

    deinit { open.withLock { tail in if let tail { close(tail.fd) } } }

    /// A CSV's header line, repeated before each later chunk so that chunk parses on its own.
    private func header(_ fd: Int32) throws -> [UInt8]? {
        let first = try read(fd, at: 0, count: IngestLimits.maxLineBytes)
        return first.firstIndex(of: 0x0A).map { Array(first[..<$0]) }
    }

    private func read(_ fd: Int32, at offset: Int64, count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, count - filled, off_t(offset) + off_t(filled)) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw SourceFailure("\(path): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
