/// The limits of ingest, each with the reason it has the value it has.
public enum IngestLimits {
    /// No valid record comes near this (text fields are capped at 1,000 characters); a longer line is a
    /// broken producer, and holding it whole would let one bad line take the memory of a small gateway box.
    public static let maxLineBytes = 1 << 20
    /// Rejected rows keep their raw text for inspection, cut here so a flood of junk cannot bloat the store.
    public static let rawKeptBytes = 64 << 10
    /// Rows per write transaction. A commit writes every page it touched to the WAL, and a time-ordered feed
    /// touches one page per series: at 5,000 rows over 500 series that was 10 rows (~300 bytes) per 4 KiB page
    /// written, and the WAL writes, checkpoints and fsyncs cost more than the inserts (1 M rows wrote 650 MB).
    /// At 20,000 a batch holds the write lock for about 0.2 s at 100k rows/s, so a concurrent writer never waits
    /// long; a killed ingest loses at most that batch, which a rerun restores (repeats count as duplicates).
    public static let batchRows = 20_000
    /// Clocks drift; a reading from a few minutes ahead is a clock, further ahead it is a wrong time zone or unit.
    public static let futureToleranceSeconds: Double = 300
    /// The largest magnitude of any number a record carries (readings, bands, amounts, marketing figures). Below
    /// 2^53 ≈ 9.007e15 a Double holds every whole number exactly, so a figure of up to 1e15 prints digit for
    /// digit, is never a rounded neighbour of what was sent (9007199254740993 would be stored as …992), and
    /// the screen's integer formatting of it cannot overflow; 1e15 yuan is far beyond any real amount.
    public static let maxMagnitude = 1e15
    public static let maxIdentifierLength = 128
    public static let maxTextLength = 1_000
    /// Bytes read from a file per system call.
    static let readChunkBytes = 256 << 10
}
