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
        let folder = try DirectoryHandle(path: directory)
        for name in readyFiles(in: folder, now: Date()) {
            if Task.isCancelled { break }
            var input = IngestInput.file(directory + "/" + name, type: type)
            if let format { input.format = format }
            let report = await context.ingest(input)
            try finish(name, in: folder, report)
        }
        return nil
    }

    /// Regular files ready to ingest (never a symlink, FIFO or device), ordered so that what others refer to comes
    /// first (customers before orders).
    func readyFiles(in folder: DirectoryHandle, now: Date) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let ready = names.sorted().filter { name in
            guard !name.hasPrefix("."), !Self.partialSuffixes.contains(where: name.hasSuffix) else { return false }
            let entry = folder.isRegularFile(name)
            guard entry.regular, let modified = entry.modified else { return false }
            return now.timeIntervalSince(modified) >= Self.settleSeconds
        }
        let base = directory + "/"
        return IngestInput.resolve(paths: ready.map { base + $0 }, type: type).inputs.map { String($0.name.dropFirst(base.count)) }
    }

    /// Moves an ingested file out of the way, with its problems beside it when it had any: through descriptors of
    /// the folders, never following a symlink, never replacing a file.
    func finish(_ name: String, in folder: DirectoryHandle, _ report: IngestReport) throws {
        let target = try folder.subdirectory(report.isClean ? Self.doneFolder : Self.failedFolder)
        let moved = try folder.move(name, to: target, companionSuffix: Self.errorsSuffix)
        guard !report.isClean else { return }
        var lines = report.problems.map(\.description)
        if report.problemsDropped > 0 { lines.append("… and \(report.problemsDropped) more (all are in the store's rejects)") }
        lines.append(report.summary.line)
        try target.create(moved + Self.errorsSuffix, contents: Array((lines.joined(separator: "\n") + "\n").utf8))
    }
}
