/// How far building the demo store has come, for the frame the dashboard shows meanwhile (and the line `snapshot`
/// prints): which sample file is going in and the share of the sample data's bytes already stored.
public struct DemoProgress: Sendable, Equatable {
    /// The sample data folder being built from.
    public var sampleData: String
    /// The file being ingested; nil before the first and once done.
    public var file: String?
    /// Bytes of the sample files stored so far over all of them, 0 to 1.
    public var fraction: Double
    /// What went wrong with the sample data, if anything did (a rejected row means a broken clone).
    public var problem: String?

    public init(sampleData: String, file: String? = nil, fraction: Double = 0, problem: String? = nil) {
        self.sampleData = sampleData
        self.file = file
        self.fraction = fraction
        self.problem = problem
    }

    /// A line for a terminal that has no frame (`snapshot`, a pipe): at the start and for a problem; nil for the
    /// steps between.
    public var line: String? {
        if let problem { return "demo: \(problem)" }
        return file == nil && fraction == 0 ? "building the demo store from \(sampleData) …" : nil
    }
}
