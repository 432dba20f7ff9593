/// The limits of ingest, each with the reason it has the value it has.
public enum IngestLimits {
    /// No valid record comes near this (text fields are capped at 1,000 characters); a longer line is a
    /// broken producer, and holding it whole would let one bad line take the memory of a small gateway box.
    public static let maxLineBytes = 1 << 20
    /// Rejected rows keep their raw text for inspection, cut here so a flood of junk cannot bloat the store.
    public static let rawKeptBytes = 64 << 10
    /// Rows per write transaction: big enough that commit cost vanishes in a million-row import, small enough
    /// that a killed ingest loses little and a concurrent collector never waits long for the write lock.
    public static let batchRows = 5_000
    /// Clocks drift; a reading from a few minutes ahead is a clock, further ahead it is a wrong time zone or unit.
    public static let futureToleranceSeconds: Double = 300
    public static let maxIdentifierLength = 128
    public static let maxTextLength = 1_000
    /// Bytes read from a file per system call.
    static let readChunkBytes = 256 << 10
}
