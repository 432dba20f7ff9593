/// Cuts a byte stream (a plug-in's stdout, an HTTP body) into chunks of whole lines as it arrives, so a source
/// hands ingest a few MiB at a time, never its whole output: memory stays bounded whatever a producer prints, and
/// what came first is stored while the rest is still arriving. A stream also hands its whole lines over on time.
struct LineChunker {
    /// Bytes per chunk: about 20,000 readings, one ingest batch, a few MiB of memory.
    static let chunkBytes = 4 << 20

    private var pending: [UInt8] = []
    /// Lines handed over so far: the next chunk's first line is one more, so messages keep their line numbers.
    private(set) var linesHanded = 0
    /// Inside a line already longer than `IngestLimits.maxLineBytes`: its head went out (ingest rejects it as
    /// overlong), the rest is skipped up to its end.
    private var skippingOverlong = false

    init() { pending.reserveCapacity(Self.chunkBytes) }

    /// Adds `bytes`, calling `emit(chunk, firstLine)` for each chunk of whole lines that is full.
    mutating func append(_ bytes: UnsafeRawBufferPointer, emit: ([UInt8], Int) throws -> Void) rethrows {
        var rest = bytes[...]
        if skippingOverlong {
            guard let end = rest.firstIndex(of: 0x0A) else { return }
            skippingOverlong = false
            rest = rest[(end + 1)...]
        }
        pending.append(contentsOf: rest)
        if pending.count >= Self.chunkBytes, let end = pending.lastIndex(of: 0x0A) {
            let chunk = Array(pending[...end])
            pending.removeSubrange(...end)
            try hand(chunk, emit)
        }
        // One line with no end in sight: out with what there is, then skip to its end.
        if pending.count > IngestLimits.maxLineBytes, !pending.contains(0x0A) {
            // Just past the limit, so ingest names it overlong; the rest of it is never held.
            let head = Array(pending.prefix(IngestLimits.maxLineBytes + 1)) + [0x0A]
            pending.removeAll(keepingCapacity: true)
            skippingOverlong = true
            try hand(head, emit)
        }
    }

    /// Hands over every whole line pending now, keeping the line still arriving: a stream's batch, on time.
    mutating func handWholeLines(emit: ([UInt8], Int) throws -> Void) rethrows {
        guard let end = pending.lastIndex(of: 0x0A) else { return }
        let chunk = Array(pending[...end])
        pending.removeSubrange(...end)
        try hand(chunk, emit)
    }

    /// Hands over what is left. `complete` is false when the producer was cut off: a last line without its end is
    /// then dropped, as unfinished rather than bad.
    mutating func finish(complete: Bool, emit: ([UInt8], Int) throws -> Void) rethrows {
        if !complete {
            if let end = pending.lastIndex(of: 0x0A) { pending.removeSubrange((end + 1)...) } else { pending.removeAll() }
        }
        guard !pending.isEmpty, !skippingOverlong || pending.contains(0x0A) else { return }
        let chunk = pending
        pending.removeAll()
        try hand(chunk, emit)
    }

    private mutating func hand(_ chunk: [UInt8], _ emit: ([UInt8], Int) throws -> Void) rethrows {
        let first = linesHanded + 1
        linesHanded += chunk.withUnsafeBufferPointer { bytes in
            var lines = 0
            for byte in bytes where byte == 0x0A { lines += 1 }
            return lines
        }
        try emit(chunk, first)
    }
}
