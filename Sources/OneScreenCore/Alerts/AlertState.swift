/// Where an alert is in its life. Only `resolved` alerts are history.
public enum AlertState: String, CaseIterable, Sendable, Codable {
    case pending, firing, acknowledged, resolved

    /// Open: someone has to deal with it. A pending alert is a problem not yet held long enough to be an alert, so no
    /// view counts it as open; the overview, the Alerts page, the kiosk and `onescreen alerts` show it apart.
    public static let open: [AlertState] = [.firing, .acknowledged]

    public var isOpen: Bool { Self.open.contains(self) }

    /// Not yet history (pending included): what evaluation may still revise.
    public var isUnresolved: Bool { self != .resolved }
}
