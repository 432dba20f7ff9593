import Foundation

/// One thing to ingest: a file, standard input, or bytes a plug-in produced.
public struct IngestInput: Sendable {
    public enum Origin: Sendable {
        case file(String)
        case standardInput
        case bytes([UInt8])
    }

    public enum Format: Sendable { case jsonLines, csv }

    /// The name in messages (`NAME:LINE: ...`) and, unless the run says otherwise, the rows' source.
    public var name: String
    public var origin: Origin
    /// The record type of a CSV (from `--type` or the file name); JSON Lines rows say their own.
    public var type: RecordType?
    /// Nil means: tell from the file extension, else from the first line (`{` starts JSON Lines).
    public var format: Format?
    /// The line number of the first line: a chunk of a longer output keeps the output's numbering.
    public var firstLine: Int

    public init(name: String, origin: Origin, type: RecordType? = nil, format: Format? = nil, firstLine: Int = 1) {
        self.name = name; self.origin = origin; self.type = type; self.format = format; self.firstLine = firstLine
    }

    /// Inputs for command-line paths: `-` is standard input, a directory stands for its `.jsonl` and `.csv`
    /// files. All are ordered so that what others refer to comes first (customers and contracts before the
    /// orders and seal uses that name them); files whose name says no type keep their order, last.
    public static func resolve(paths: [String], type: RecordType?) -> (inputs: [IngestInput], unreadable: [String]) {
        var inputs: [IngestInput] = []
        var unreadable: [String] = []
        for path in paths {
            if path == "-" {
                inputs.append(IngestInput(name: "stdin", origin: .standardInput, type: type, format: type == nil ? nil : .csv))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                unreadable.append("\(path): no such file or directory")
                continue
            }
            if isDirectory.boolValue {
                do {
                    let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                        .filter { $0.hasSuffix(".jsonl") || $0.hasSuffix(".csv") }
                    let base = path.hasSuffix("/") ? path : path + "/"
                    for name in names {
                        // Opening a FIFO would wait for a writer forever, a device would read without end: a
                        // directory stands for its files only. (Named on the command line, a FIFO is read: that is
                        // how `<(command)` works.)
                        if let kind = notRegular(base + name) {
                            unreadable.append("\(base + name): skipped, \(kind), not a regular file")
                        } else {
                            inputs.append(file(base + name, type: type))
                        }
                    }
                } catch {
                    unreadable.append("\(path): cannot list the directory: \(error.localizedDescription)")
                }
            } else {
                inputs.append(file(path, type: type))
            }
        }
        let ranked = inputs.enumerated().sorted { a, b in
            let ra = a.element.rankType?.ingestRank ?? Int.max, rb = b.element.rankType?.ingestRank ?? Int.max
            return ra != rb ? ra < rb : a.offset < b.offset
        }
        return (ranked.map(\.element), unreadable)
    }

    /// What `path` is when it is not a regular file (after following symlinks): `a FIFO`, `a device`, …
    static func notRegular(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return "unreadable (\(String(cString: strerror(errno))))" }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return "a FIFO"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a directory"
        default: return "not a file"
        }
    }

    static func file(_ path: String, type: RecordType?) -> IngestInput {
        let name = (path as NSString).lastPathComponent
        let format: Format? = name.hasSuffix(".csv") ? .csv
            : (name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") || name.hasSuffix(".json")) ? .jsonLines : nil
        return IngestInput(name: path, origin: .file(path), type: type ?? RecordType.named(byFile: name), format: format)
    }

    /// The type used for ordering: what the file name or `--type` says.
    var rankType: RecordType? { type }
}
