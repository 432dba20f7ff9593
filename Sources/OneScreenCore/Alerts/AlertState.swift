/// Where an alert is in its life. Only `resolved` alerts are history; the others are "open".
public enum AlertState: String, CaseIterable, Sendable, Codable {
    case pending, firing, acknowledged, resolved

    public var isOpen: Bool { self != .resolved }

    /// Alerts someone has to deal with. A pending one is a problem not yet held long enough to be an alert, so the
    /// overview neither counts nor lists it.
    public static let raised: [AlertState] = [.firing, .acknowledged]
}
