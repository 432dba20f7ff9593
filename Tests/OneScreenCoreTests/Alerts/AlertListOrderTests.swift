import Foundation
import GRDB
import Testing
@testable import OneScreenCore

/// `onescreen alerts` and every listing through the data side: the most severe first, as the Alerts page sorts, so a
/// limit leaves out the least severe rather than the oldest.
@Suite struct AlertListOrderTests {
    @Test func theMostSevereComeFirstAndNewestWithinALevel() throws {
        let f = try AlertFixture()
        let raised: [(String, AlertLevel, Int64)] = [
            ("old-l4", .complianceRisk, 300), ("new-l3", .businessAnomaly, 10), ("older-l3", .businessAnomaly, 200),
            ("new-l1", .systemFault, 5),
        ]
        try f.store.pool.write { db in
            for (subject, level, minutesAgo) in raised {
                let seen = f.now - .minutes(minutesAgo)
                _ = try Store.insertAlert(db, AlertRecord(
                    fingerprint: AlertRecord.fingerprint(rule: "r", subject: subject), rule: "r", level: level, state: .firing,
                    subject: subject, message: subject, firstSeen: seen, lastSeen: seen))
            }
        }
        #expect(try f.store.alerts(AlertFilter()).map(\.subject) == ["old-l4", "new-l3", "older-l3", "new-l1"])
        #expect(try f.store.alerts(AlertFilter(limit: 2)).map(\.subject) == ["old-l4", "new-l3"])
    }
}
