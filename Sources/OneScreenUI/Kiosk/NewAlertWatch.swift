import OneScreenCore

/// Notices alerts a wall screen must announce: L1 (system fault) and L4 (compliance risk) alerts that are raised
/// (firing or acknowledged) and were not there at the last look. The first look only learns what is already up, so a
/// kiosk that starts, or restarts, in the middle of an incident does not ring for it.
///
/// It remembers only the alerts up at the last look, so a screen that runs for months holds no more than that.
public struct NewAlertWatch: Sendable {
    /// The levels announced: a system fault means the screen itself may be lying, a compliance risk needs a person now.
    public static let levels: Set<AlertLevel> = [.systemFault, .complianceRisk]

    private var known: Set<Int64>?

    public init() {}

    /// The alerts in `alerts` that are new since the last look, in the order given; none on the first look.
    public mutating func look(at alerts: [AlertRecord]) -> [AlertRecord] {
        let watched = alerts.filter { Self.levels.contains($0.level) && AlertState.open.contains($0.state) }
        defer { known = Set(watched.map(\.id)) }
        guard let known else { return [] }
        return watched.filter { !known.contains($0.id) }
    }
}
