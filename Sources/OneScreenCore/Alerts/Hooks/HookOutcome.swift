/// How one hook run ended, for the log and the Sources page.
public struct HookOutcome: Sendable, Equatable, CustomStringConvertible {
    public enum Ending: Sendable, Equatable {
        case exited(Int32)
        /// Killed by a signal it did not ask for.
        case signalled(Int32)
        /// Still running at its timeout: its process group was killed.
        case timedOut
        case couldNotStart(String)
        /// Too many hooks were already running; this one was not started.
        case dropped
    }

    public var command: [String]
    public var alertID: Int64
    public var event: AlertEvent.Kind
    public var ending: Ending
    /// How many alerts the run was for: more than one for a grouped hook.
    public var alerts: Int

    public init(command: [String], alertID: Int64, event: AlertEvent.Kind, ending: Ending, alerts: Int = 1) {
        self.command = command
        self.alertID = alertID
        self.event = event
        self.ending = ending
        self.alerts = alerts
    }

    public var description: String {
        let which = alerts > 1 ? "\(alerts) alerts from \(alertID)" : "alert \(alertID)"
        let what = "hook \(command.joined(separator: " ")) for \(which) (\(event.rawValue))"
        switch ending {
        case .exited(0): return "\(what) done"
        case .exited(let status): return "\(what) exited with status \(status)"
        case .signalled(let signal): return "\(what) killed by signal \(signal)"
        case .timedOut: return "\(what) timed out and was killed"
        case .couldNotStart(let why): return "\(what) could not start: \(why)"
        case .dropped: return "\(what) not run: \(HookRunner.maxRunning) hooks already running"
        }
    }
}
