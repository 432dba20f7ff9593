/// A command run when an alert fires or resolves, with the alert as one JSON object on its standard input
/// (`AlertJSON`, plus `"event": "fire"` or `"resolve"`). Its output is discarded: curses may own the terminal.
public struct AlertHook: Sendable, Hashable {
    /// The program and its arguments; a shell line is `["/bin/sh", "-c", line]`.
    public var command: [String]
    public var events: Set<AlertEvent.Kind>
    /// Alerts below this level do not run the hook.
    public var minimumLevel: AlertLevel
    /// After this the hook's whole process group is killed.
    public var timeout: Duration

    /// Long enough for a webhook over a slow link, short enough that a stuck one is gone before it piles up.
    public static let defaultTimeout = Duration.seconds(10)

    public init(
        command: [String], events: Set<AlertEvent.Kind> = Set(AlertEvent.Kind.allCases), minimumLevel: AlertLevel = .systemFault,
        timeout: Duration = AlertHook.defaultTimeout
    ) {
        self.command = command
        self.events = events
        self.minimumLevel = minimumLevel
        self.timeout = timeout
    }

    func wants(_ event: AlertEvent) -> Bool {
        events.contains(event.kind) && event.alert.level >= minimumLevel && !event.silenced
    }
}
