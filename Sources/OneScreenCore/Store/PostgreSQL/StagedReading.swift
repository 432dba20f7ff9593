/// One reading on its way into PostgreSQL in bulk: its series resolved and its band judged by the writer.
struct StagedReading: Sendable, Equatable {
    var series: Int64
    var time: Int64
    var value: Double
    var lot: String?
    var source: Int64
    /// Inside its series' band (every reading of a series no standard covers is).
    var inside: Bool
}
