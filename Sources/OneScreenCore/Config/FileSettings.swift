import Foundation

/// A `file` source: a file to tail, or a drop directory whose new files are ingested one by one.
public struct FileSettings: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case tail(String)
        case dropDirectory(String)
    }

    public var target: Target
    /// Nil: from the file name (`.csv`, `.jsonl`), else from the first line.
    public var format: IngestInput.Format?
    /// The record type of CSV input whose file name does not say it.
    public var type: RecordType?

    public init(target: Target, format: IngestInput.Format? = nil, type: RecordType? = nil) {
        self.target = target
        self.format = format
        self.type = type
    }

    static let keys = ["path", "directory", "format", "type"]
    static let formats: [String: IngestInput.Format] = ["jsonl": .jsonLines, "csv": .csv]

    static func read(_ fields: ConfigFields, _ reader: inout ConfigReader, _ paths: ConfigPaths) -> FileSettings? {
        let format = readFormat(fields, &reader)
        let type = reader.choice("type", in: fields, as: RecordType.self)
        let path = reader.string("path", in: fields, what: "a file path")
        let directory = reader.string("directory", in: fields, what: "a directory path")
        switch (path, directory) {
        case (let path?, nil):
            let resolved = paths.resolve(path)
            if let reason = tailProblem(resolved) { reader.problem(at: fields["path"], fields.path("path"), reason) }
            return FileSettings(target: .tail(resolved), format: format, type: type)
        case (nil, let directory?):
            let resolved = paths.resolve(directory)
            if let reason = dropDirectoryProblem(resolved) { reader.problem(at: fields["directory"], fields.path("directory"), reason) }
            return FileSettings(target: .dropDirectory(resolved), format: format, type: type)
        case (.some, .some):
            reader.problem(at: fields["directory"], fields.path("directory"), "give either path (a file to tail) or directory (a drop folder), not both")
            return nil
        case (nil, nil):
            if fields["path"] == nil && fields["directory"] == nil {
                reader.problem(at: fields.node, fields.path("path"), "missing required key: path (a file to tail) or directory (a drop folder)")
            }
            return nil
        }
    }

    private static func readFormat(_ fields: ConfigFields, _ reader: inout ConfigReader) -> IngestInput.Format? {
        guard let text = reader.string("format", in: fields, what: "jsonl or csv") else { return nil }
        guard let format = formats[text] else {
            reader.problem(at: fields["format"], fields.path("format"), "'\(text)' is not jsonl or csv\(Suggestion.hint(for: text, among: formats.keys.sorted()))")
            return nil
        }
        return format
    }

    /// A tailed file may appear later (a log not yet written), but its folder must exist and the file, when
    /// present, must be readable.
    static func tailProblem(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return "\(path) is a directory (use directory: for a drop folder)" }
            return FileManager.default.isReadableFile(atPath: path) ? nil : "\(path) is not readable"
        }
        let folder = (path as NSString).deletingLastPathComponent
        return FileManager.default.fileExists(atPath: folder) ? nil : "no such directory: \(folder)"
    }

    /// Files are moved out of a drop directory when done, so it must be writable as well as readable.
    static func dropDirectoryProblem(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return "no such directory: \(path)" }
        guard isDirectory.boolValue else { return "\(path) is not a directory" }
        guard FileManager.default.isReadableFile(atPath: path), FileManager.default.isWritableFile(atPath: path) else {
            return "\(path) must be readable and writable (ingested files are moved to done/ or failed/)"
        }
        return nil
    }
}
