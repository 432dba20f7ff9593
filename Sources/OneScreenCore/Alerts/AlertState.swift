/// Where an alert is in its life. Only `resolved` alerts are history; the others are "open".
public enum AlertState: String, CaseIterable, Sendable, Codable {
    case pending, firing, acknowledged, resolved

    public var isOpen: Bool { self != .resolved }
}
