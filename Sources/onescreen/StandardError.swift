import Foundation
import OneScreenCore

/// Buffered lines to stderr: a file with a hundred thousand bad rows must not cost a system call per line, yet each
/// problem shows within a moment of being found, so a killed or stuck run has already said what it met.
final class StandardError {
    private var buffer: [UInt8] = []
    private let clock = ContinuousClock()
    private var lastFlush: ContinuousClock.Instant

    /// What may wait in the buffer: 64 KiB, or 100 ms, whichever comes first.
    static let bufferBytes = 64 << 10
    static let bufferTime = Duration.milliseconds(100)

    init() { lastFlush = clock.now }

    /// One line, sanitised: what reaches stderr quotes files, records and configs.
    func line(_ text: String) {
        buffer.append(contentsOf: Sanitizer.line(text).utf8)
        buffer.append(0x0A)
        if buffer.count > Self.bufferBytes || clock.now - lastFlush >= Self.bufferTime { flush() }
    }

    func flush() {
        lastFlush = clock.now
        guard !buffer.isEmpty else { return }
        FileHandle.standardError.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
