/// How a cockpit metric stands against its target.
public enum CockpitStatus: Sendable, Equatable {
    case met, near, missed, unknown
}
