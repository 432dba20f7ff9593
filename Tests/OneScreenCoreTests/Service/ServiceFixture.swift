import Foundation
@testable import OneScreenCore

/// A real store with a customer, a contract, a firing L3 reading alert and an L4 seal alert, and services on it as
/// chosen roles.
final class ServiceFixture: @unchecked Sendable {
    let alerts: AlertFixture
    var store: Store { alerts.store }

    init() throws {
        alerts = try AlertFixture()
        alerts.ingest([
            #"{"type":"customer","id":"C1","name":"陈记餐饮","kind":"restaurant","region":"华东","channel":"direct","contact":"陈静","phone":"13812345678","since":"2024-01-01"}"#,
            #"{"type":"contract","id":"K1","title":"冷链配送框架合同","counterparty":"沪联物流","amount":1234567,"status":"performing","owner":"李强"}"#,
            #"{"type":"seal_use","id":"S1","contract":"K1","seal":"contract","requested_by":"王敏","time":"2026-11-23T09:00:00+08:00","status":"used"}"#,
            AlertFixture.standard(),
        ] + AlertFixture.minutely("truck.temp", "沪A·冷链07", Array(repeating: 6.0, count: 20)))
        _ = try alerts.tick()
    }

    static func role(_ name: String) -> Role { Role.builtIn.first { $0.name == name }! }

    func service(_ role: String, retention: Retention = .standard) throws -> EmbeddedService {
        try EmbeddedService(store: store, viewer: Viewer(user: "u-\(role)", role: Self.role(role)), retention: retention,
                            rules: AlertRule.builtIn, watchesChanges: false, clock: { AlertFixture.now })
    }

    func audit(_ action: String) throws -> [AuditEntry] { try store.audit().filter { $0.action == action } }
}
