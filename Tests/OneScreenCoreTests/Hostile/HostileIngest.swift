import Foundation
import GRDB
import OneScreenTestSupport
@testable import OneScreenCore

/// Ingests text into a real store and keeps what a person would read: the summary and each reported line.
struct HostileIngest {
    let dir = TemporaryDirectory("hostile")
    let now = TimestampParser.parse("2026-11-23T10:00:00+08:00")!
    let store: Store

    init() throws { store = try Store(path: dir.file("store.sqlite")) }

    func run(_ text: String, name: String = "input.jsonl", type: RecordType? = nil, sourceName: String? = nil,
             ownership: RecordOwnership = .open) -> (IngestSummary, [String]) {
        var reported: [String] = []
        let now = self.now
        let format: IngestInput.Format? = name.hasSuffix(".csv") ? .csv : name.hasSuffix(".jsonl") ? .jsonLines : nil
        let input = IngestInput(name: name, origin: .bytes(Array(text.utf8)), type: type ?? RecordType.named(byFile: name), format: format)
        let ingestor = Ingestor(writer: StoreWriter(store: store, ownership: ownership), options: .init(sourceName: sourceName), now: { now },
                                report: { reported.append($0.description) })
        return (ingestor.run(input), reported)
    }

    func count(_ sql: String) throws -> Int {
        try DatabaseQueue(path: store.path).read { try Int.fetchOne($0, sql: sql)! }
    }
}
