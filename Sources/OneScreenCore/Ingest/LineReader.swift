#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a byte stream into lines: `\n` or `\r\n` ends, a UTF-8 byte-order mark at the start dropped, and a line
/// longer than `IngestLimits.maxLineBytes` reported as overlong with only its head kept, so one runaway line
/// costs neither the memory nor the rows after it.
public struct LineReader<Source: ByteSource> {
    public struct Line {
        public var number: Int
        /// The line without its ending; for an overlong line, its first `IngestLimits.rawKeptBytes`.
        public var bytes: [UInt8]
        /// Full length in bytes when the line was longer than the limit, else nil.
        public var overlongBytes: Int?

        public init(number: Int = 0, bytes: [UInt8] = [], overlongBytes: Int? = nil) {
            self.number = number; self.bytes = bytes; self.overlongBytes = overlongBytes
        }
    }

    var source: Source
    var buffer: [UInt8]
    var start = 0
    var end = 0
    var atEOF = false
    var lineNumber = 0

    /// - Parameter firstLine: the number of the first line, for a chunk of a longer stream.
    public init(_ source: Source, firstLine: Int = 1) {
        self.source = source
        lineNumber = firstLine - 1
        buffer = [UInt8](repeating: 0, count: IngestLimits.readChunkBytes)
    }

    /// Refills the buffer, keeping unread bytes; false at the end of input.
    mutating func fill() throws -> Bool {
        if atEOF { return false }
        if start > 0 {
            buffer.withUnsafeMutableBytes { b in
                if end > start { b.baseAddress!.copyMemory(from: b.baseAddress! + start, byteCount: end - start) }
            }
            end -= start
            start = 0
        }
        if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
        let n = try buffer.withUnsafeMutableBytes { b in
            try source.read(into: UnsafeMutableRawBufferPointer(rebasing: b[end...]))
        }
        if n == 0 { atEOF = true; return false }
        end += n
        return true
    }

    /// Reads the next line into `line`, reusing its storage (an array per line was an allocation per row); false at
    /// the end of input.
    public mutating func next(into line: inout Line) throws -> Bool {
        var scanned = 0  // bytes after `start` already searched; stays valid when `fill` compacts the buffer
        var head: [UInt8]? = nil
        var dropped = 0
        while true {
            if let nl = newline(from: start + scanned) {
                let range = start..<nl
                start = nl + 1
                finish(range, head: head, dropped: dropped, into: &line)
                return true
            }
            scanned = end - start
            if scanned > IngestLimits.maxLineBytes {
                // Keep the head for the rejects table and let the rest stream past.
                if head == nil { head = Array(buffer[start..<(start + IngestLimits.rawKeptBytes)]) }
                dropped += scanned
                start = end
                scanned = 0
            }
            if try !fill() {
                if start == end && head == nil { return false }
                let range = start..<end
                start = end
                finish(range, head: head, dropped: dropped, into: &line)
                return true
            }
        }
    }

    func newline(from index: Int) -> Int? {
        guard index < end else { return nil }
        return buffer.withUnsafeBytes { b -> Int? in
            guard let p = memchr(b.baseAddress! + index, 0x0A, end - index) else { return nil }
            return b.baseAddress!.distance(to: UnsafeRawPointer(p))
        }
    }

    mutating func finish(_ range: Range<Int>, head: [UInt8]?, dropped: Int, into line: inout Line) {
        lineNumber += 1
        line.number = lineNumber
        // A byte-order mark is only ever at the start of a stream, which a later chunk is not.
        let atStart = lineNumber == 1
        if let head {
            line.bytes = head
            line.overlongBytes = dropped + range.count
            return
        }
        var r = range
        if r.count > 0, buffer[r.upperBound - 1] == 0x0D { r = r.lowerBound..<(r.upperBound - 1) }
        if atStart, r.count >= 3, buffer[r.lowerBound] == 0xEF, buffer[r.lowerBound + 1] == 0xBB,
           buffer[r.lowerBound + 2] == 0xBF {
            r = (r.lowerBound + 3)..<r.upperBound
        }
        line.bytes.removeAll(keepingCapacity: true)
        line.bytes.append(contentsOf: buffer[r])
        line.overlongBytes = nil
    }
}
