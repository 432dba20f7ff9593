/// One file `SampleGenerator.write(to:)` wrote: its name in the directory, data rows (a CSV header is not a
/// row) and size.
public struct GeneratedFile: Sendable, Hashable {
    public let name: String
    public let rows: Int
    public let bytes: Int
}
