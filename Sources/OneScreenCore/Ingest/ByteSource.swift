#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where ingest bytes come from: a file, standard input, or the captured output of a plug-in.
public protocol ByteSource {
    /// Reads up to `into.count` bytes; returns 0 at the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

public struct ReadError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// Reads a file descriptor with `read(2)`; owns and closes it unless it is standard input.
public final class FileDescriptorSource: ByteSource {
    let fd: Int32

    public init(fd: Int32) { self.fd = fd }

    public convenience init(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(description: "\(path): \(String(cString: strerror(errno)))") }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw ReadError(description: "\(path): is a directory")
        }
        self.init(fd: fd)
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw ReadError(description: String(cString: strerror(errno)))
        }
    }

    deinit { if fd > 2 { close(fd) } }
}

/// Bytes already in memory, e.g. a plug-in's stdout or an HTTP body.
public struct MemorySource: ByteSource {
    let bytes: [UInt8]
    var offset = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - offset)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { src in
            buffer.baseAddress!.copyMemory(from: src.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}
