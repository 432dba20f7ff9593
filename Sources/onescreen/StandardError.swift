import Foundation

/// Buffered lines to stderr: a file with a hundred thousand bad rows must not cost a system call per line.
final class StandardError {
    private var buffer: [UInt8] = []

    func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count > 64 << 10 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardError.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
