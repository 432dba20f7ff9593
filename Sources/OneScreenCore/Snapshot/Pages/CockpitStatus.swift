/// How a cockpit metric stands against its target.
public enum CockpitStatus: Sendable, Equatable, Codable {
    case met, near, missed, unknown
}
