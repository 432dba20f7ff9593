import OneScreenCore

/// The Alerts page's part of the navigation: which states it lists, the prompt being typed, what became of the last
/// action, the confirmed command waiting for the app, and whether this viewer may act at all.
public struct AlertPageState: Sendable, Equatable {
    public var states: AlertFilter.States = .open
    /// The silences in force are listed instead of the alerts (`m`).
    public var showsSilences = false
    public var prompt: AlertPrompt?
    public var notice: AlertNotice?
    /// An acknowledgement or silence confirmed in the prompt, until the app takes it (`takeCommand`).
    public internal(set) var command: AlertCommand?
    /// Whether `a` and `s` may open their prompt: set by the app from `Viewer.mayActOnAlerts`.
    public var mayAct = false

    public init(mayAct: Bool = false) {
        self.mayAct = mayAct
    }

    /// The confirmed command, once: the app carries it out and puts what became of it in `notice`.
    public mutating func takeCommand() -> AlertCommand? {
        defer { command = nil }
        return command
    }
}
