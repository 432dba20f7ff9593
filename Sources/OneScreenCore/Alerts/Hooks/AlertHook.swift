/// A command run when an alert fires or resolves, with the alert as one JSON object on its standard input
/// (`AlertJSON`, plus `"event": "fire"` or `"resolve"` and the `report`), or, for a grouped hook, the group's alerts
/// in one object. Its output is discarded: curses may own the terminal.
public struct AlertHook: Sendable, Equatable {
    /// The program and its arguments; a shell line is `["/bin/sh", "-c", line]`.
    public var command: [String]
    public var events: Set<AlertEvent.Kind>
    /// Alerts below this level do not run the hook.
    public var minimumLevel: AlertLevel
    /// After this the hook's whole process group is killed.
    public var timeout: Duration
    /// Which alerts it is for, besides `minimumLevel` (`when:`).
    public var when: HookMatcher
    /// How often an alert that is still firing (not acknowledged, not silenced) is sent again; nil: once.
    public var repeatInterval: Duration?
    /// Nil: each alert is sent at once, on its own.
    public var grouping: HookGrouping?
    /// The language of its report; nil: the config's.
    public var language: ConfigLanguage?
    /// What the store keeps its repeat times under: the configured `name`, else the command.
    public var name: String
    /// Whom its alerts and reports are masked for (`role:`), as a person of that role would see them on the
    /// Alerts page; nil: as the config's owner sees them.
    public var viewer: Viewer?

    /// Long enough for a webhook over a slow link, short enough that a stuck one is gone before it piles up.
    public static let defaultTimeout = Duration.seconds(10)
    /// Shorter than this a repeat is a flood: a phone that rings every second is switched off.
    public static let shortestRepeat = Duration.seconds(1)

    public init(
        command: [String], events: Set<AlertEvent.Kind> = Set(AlertEvent.Kind.allCases), minimumLevel: AlertLevel = .systemFault,
        timeout: Duration = AlertHook.defaultTimeout, when: HookMatcher = .any, repeatInterval: Duration? = nil,
        grouping: HookGrouping? = nil, language: ConfigLanguage? = nil, name: String? = nil, viewer: Viewer? = nil
    ) {
        self.command = command
        self.events = events
        self.minimumLevel = minimumLevel
        self.timeout = timeout
        self.when = when
        self.repeatInterval = repeatInterval
        self.grouping = grouping
        self.language = language
        self.name = name ?? command.joined(separator: " ")
        self.viewer = viewer
    }

    func wants(_ event: AlertEvent) -> Bool {
        events.contains(event.kind) && covers(event.alert) && !event.silenced
    }

    /// Whether alerts like this one are this hook's, whatever the event.
    func covers(_ alert: AlertRecord) -> Bool {
        alert.level >= minimumLevel && when.matches(alert)
    }
}
