/// Gathers a stream's lines into ingest batches: every `maxLines` lines, `maxWait` after the first line of a batch
/// arrived, or as soon as the stream pauses (`quietGap` without output, nothing left unread), whichever comes first.
/// A reading published now is stored well within a second however slowly or quickly the stream runs, a trickle is
/// stored line by line at once, and a flood costs a commit per thousand lines rather than one per line.
struct StreamBatcher {
    /// Lines per commit in a flood: one commit costs about as much as a few hundred rows, so this keeps the
    /// commit share small while a batch stays a fraction of a second's work.
    static let maxLines = 1_000
    /// The longest a line waits for its batch: half of the second within which a reading must be on screen.
    static let maxWait = Duration.milliseconds(500)
    /// A pause this long with nothing unread means the burst is over: wait no longer for more lines. Long next to
    /// the gaps between the reads of a flood, short next to the second a reading has to reach the screen.
    static let quietGap = Duration.milliseconds(20)

    private var chunker = LineChunker()
    /// Whole lines waiting (counted from the newlines seen; a skipped overlong tail may add one, which only flushes early).
    private var pendingLines = 0
    private var pendingSince: ContinuousClock.Instant?
    private var lastAppend: ContinuousClock.Instant?

    /// Lines handed to ingest so far.
    var linesHanded: Int { chunker.linesHanded }

    mutating func append(_ bytes: UnsafeRawBufferPointer, now: ContinuousClock.Instant, emit: ([UInt8], Int) -> Void) {
        lastAppend = now
        var newlines = 0
        for byte in bytes where byte == 0x0A { newlines += 1 }
        var emitted = false
        chunker.append(bytes) { chunk, first in
            emitted = true
            emit(chunk, first)
        }
        // The chunker hands over up to its last newline (or a line that had none): nothing whole is left waiting.
        pendingLines = emitted ? 0 : pendingLines + newlines
        if pendingLines > 0, pendingSince == nil { pendingSince = now }
        if pendingLines >= Self.maxLines { flush(emit) }
    }

    /// Hands the pending lines over when the first of them has waited `maxWait`, or the stream paused.
    /// - Parameter unread: bytes the stream wrote that are not read yet (more of the burst).
    mutating func flushIfDue(now: ContinuousClock.Instant, unread: Int, emit: ([UInt8], Int) -> Void) {
        guard pendingLines > 0, let since = pendingSince else { return }
        let paused = unread == 0 && lastAppend.map { now - $0 >= Self.quietGap } ?? true
        guard now - since >= Self.maxWait || paused else { return }
        flush(emit)
    }

    /// Hands over what is left when the stream ended; a cut-off last line is dropped as unfinished (see LineChunker).
    mutating func finish(complete: Bool, emit: ([UInt8], Int) -> Void) {
        chunker.finish(complete: complete, emit: emit)
        pendingLines = 0
        pendingSince = nil
    }

    private mutating func flush(_ emit: ([UInt8], Int) -> Void) {
        chunker.handWholeLines(emit: emit)
        pendingLines = 0
        pendingSince = nil
    }
}
