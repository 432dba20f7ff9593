import Foundation
import GRDB
import OneScreenTestSupport
import Testing

/// `onescreen snapshot` of the overview on the shipped sample store: every size and language lines up, and the
/// figures it prints are the ones SQL finds in the same store.
@Suite struct OverviewSnapshotTests {
    /// The sample store, built once by the real binary, shared by the tests of this suite.
    static let store: String = {
        let dir = FileManager.default.temporaryDirectory.path + "/onescreen-overview-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let store = dir + "/store.sqlite"
        _ = try? BuiltBinary.run(["ingest", "--store", store, SampleDataTests.folder])
        return store
    }()
    /// The end of the sample data, so the frame does not depend on today.
    static let at = "2026-11-20T08:00:00+08:00"

    func snapshot(_ size: String, _ lang: String) throws -> [String] {
        let result = try BuiltBinary.run(
            ["snapshot", "--store", Self.store, "--at", Self.at, "--size", size, "--lang", lang], environment: ["TZ": "Asia/Shanghai"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test(arguments: ["80x24", "100x30", "120x40", "200x60"], ["zh", "en"])
    func everyLineIsExactlyTheWidthAndEveryBorderStaysInItsColumn(size: String, lang: String) throws {
        let parts = size.split(separator: "x").map { Int($0)! }
        let lines = try snapshot(size, lang)
        #expect(lines.count == parts[1])
        for line in lines { #expect(TerminalColumns.width(of: line) == parts[0], "\(size) \(lang): \(line)") }
        // The panes' vertical borders: every row between a top and a bottom border has them in the same columns.
        let rows = lines.filter { $0.hasPrefix("│") }
        let columns = Set(rows.map { TerminalColumns.columns(of: ["│"], in: $0).filter { [0, parts[0] / 2 - 1, parts[0] / 2, parts[0] - 1].contains($0) } })
        #expect(columns.count == 1, "\(size) \(lang): borders wander: \(columns)")
        let titles = lang == "zh" ? ["质量", "客户", "合同", "预警"] : ["Quality", "Customers", "Contracts", "Alerts"]
        for title in titles { #expect(lines.contains { $0.contains("─ \(title) ") }, "\(size) \(lang): no \(title) pane") }
    }

    @Test func figuresOnScreenAreWhatSQLFinds() throws {
        let text = try snapshot("120x40", "en").joined(separator: "\n")
        let db = try DatabaseQueue(path: Self.store)
        let customers = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM customer")! }
        let contracts = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM contract")! }
        let overdue = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM milestone WHERE done IS NULL AND due < '2026-11-20'")! }
        let unapproved = try db.read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM seal_use WHERE approved_by IS NULL AND status IN ('used', 'approved')")!
        }
        let performing = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM contract WHERE status = 'performing'")! }
        // Compliance of the last 24 h: readings inside the tightest band of their standards, over all judged.
        let end = 1_795_132_800_000
        let rate = try db.read { db in
            try Double.fetchOne(db, sql: """
                WITH band AS (SELECT s.id, MAX(st.min) AS lo, MIN(st.max) AS hi FROM series s
                              JOIN standard st ON st.metric = s.metric AND (st.stage IS NULL OR st.stage = s.stage) GROUP BY s.id)
                SELECT 100.0 * SUM((lo IS NULL OR value >= lo) AND (hi IS NULL OR value <= hi)) / COUNT(*)
                FROM band JOIN reading r ON r.series_id = band.id WHERE r.time > ? AND r.time <= ?
                """, arguments: [end - 86_400_000, end])!
        }
        #expect(text.contains("Customers ─") && text.contains(" \(customers) ─"), "customer count \(customers)")
        #expect(text.contains(" \(contracts) ─"), "contract count \(contracts)")
        #expect(text.range(of: #"Overdue milestones\s+\#(overdue) │"#, options: .regularExpression) != nil, "overdue \(overdue)")
        #expect(text.range(of: #"without approval\s+\#(unapproved) │"#, options: .regularExpression) != nil, "unapproved \(unapproved)")
        #expect(text.range(of: #"performing\s+\#(performing) "#, options: .regularExpression) != nil, "performing \(performing)")
        #expect(text.contains(String(format: "%.1f%%", rate)), "compliance \(rate)")
    }
}
