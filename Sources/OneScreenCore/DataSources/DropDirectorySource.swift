import Foundation

/// Watches a drop directory: each new file is ingested, then moved to `done/` when every row was good or to
/// `failed/` with a `NAME.errors` file beside it listing each problem as `FILE:LINE: field: reason`.
///
/// Writers should create files under a hidden or `.tmp`/`.part` name and rename them into place; as a guard
/// against those that do not, a file is left alone until it has not changed for `settleSeconds`.
struct DropDirectorySource: DataSource {
    let directory: String
    let format: IngestInput.Format?
    let type: RecordType?

    static let doneFolder = "done"
    static let failedFolder = "failed"
    static let errorsSuffix = ".errors"
    /// Suffixes of files still being written by a well-behaved writer.
    static let partialSuffixes = [".tmp", ".part", ".partial"]
    /// Long enough that a writer copying a file in pieces is not caught mid-copy, short enough to feel prompt.
    static let settleSeconds: TimeInterval = 1

    func run(_ context: SourceRunContext) async throws -> String? {
        for path in try readyFiles(now: Date()) {
            if Task.isCancelled { break }
            var input = IngestInput.file(path, type: type)
            if let format { input.format = format }
            let report = await context.ingest(input)
            try finish(path, report)
        }
        return nil
    }

    /// Files ready to ingest, ordered so that what others refer to comes first (customers before orders).
    func readyFiles(now: Date) throws -> [String] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw SourceFailure("\(directory): cannot list: \(error.localizedDescription)")
        }
        let ready = names.sorted().filter { name in
            guard !name.hasPrefix("."), !Self.partialSuffixes.contains(where: name.hasSuffix),
                  let attributes = try? FileManager.default.attributesOfItem(atPath: directory + "/" + name),
                  attributes[.type] as? FileAttributeType == .typeRegular,
                  let modified = attributes[.modificationDate] as? Date else { return false }
            return now.timeIntervalSince(modified) >= Self.settleSeconds
        }
        return IngestInput.resolve(paths: ready.map { directory + "/" + $0 }, type: type).inputs.map(\.name)
    }

    /// Moves an ingested file out of the way, with its problems beside it when it had any.
    func finish(_ path: String, _ report: IngestReport) throws {
        let folder = directory + "/" + (report.isClean ? Self.doneFolder : Self.failedFolder)
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let target = Self.freeName(in: folder, for: (path as NSString).lastPathComponent)
            try manager.moveItem(atPath: path, toPath: target)
            if !report.isClean {
                var lines = report.problems.map(\.description)
                if report.problemsDropped > 0 { lines.append("… and \(report.problemsDropped) more (all are in the store's rejects)") }
                lines.append(report.summary.line)
                try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: target + Self.errorsSuffix))
            }
        } catch {
            // Left in place the file would be ingested again on every run; say so loudly instead.
            throw SourceFailure("\(path): ingested but cannot move it to \(folder): \(error.localizedDescription)")
        }
    }

    /// `name`, or `name.2`, `name.3` … when an earlier file of the same name is already there.
    static func freeName(in folder: String, for name: String) -> String {
        var candidate = folder + "/" + name
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = folder + "/" + name + ".\(number)"
            number += 1
        }
        return candidate
    }
}
