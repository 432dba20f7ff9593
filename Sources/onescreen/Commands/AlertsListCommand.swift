import ArgumentParser
import Foundation
import OneScreenCore

/// `onescreen alerts [--state open|pending|acknowledged|resolved|all] [--level L1] [--text T] [--json]`
struct AlertsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List alerts, most severe first (L4 … L1), newest first within a level.",
        discussion: """
        --json prints one array of objects with id, fingerprint, rule, level (1-4), state, subject, message,
        first_seen, last_seen, resolved_at, acked_at (RFC 3339), count, acked_by, ack_note and detail.
        """
    )

    @OptionGroup var options: ServiceOptions

    @Option(help: ArgumentHelp("open (firing or acknowledged), pending (out of band, not yet for the rule's hold), acknowledged, resolved (history) or all.",
                               valueName: "state"))
    var state: AlertFilter.States = .open

    @Option(help: ArgumentHelp("Only this level: L1 system fault, L2 performance decline, L3 business anomaly, L4 compliance risk.",
                               valueName: "level"))
    var level: AlertLevel?

    @Option(help: ArgumentHelp("Only alerts whose rule, subject or message contains this text.", valueName: "text"))
    var text: String?

    @Option(help: ArgumentHelp("At most this many alerts.", valueName: "n"))
    var limit = AlertFilter.defaultLimit

    @Flag(help: "One JSON array for scripts.")
    var json = false

    func run() throws {
        let service = try options.connect(try options.config.load(), missing: .refuse).service
        let filter = AlertFilter(states: state, level: level, text: text, limit: limit)
        let alerts = try serviceCall { () throws(ServiceError) in try service.alerts(filter) }
        let offset = UTCOffset.current()
        if json {
            print(AlertJSON.text(alerts.map { AlertJSON.object($0, utcOffset: offset) }, pretty: true))
            return
        }
        for alert in alerts {
            let ack = alert.ackedBy.map { "  acked by \($0)" + (alert.ackNote.map { ": \($0)" } ?? "") } ?? ""
            print(Sanitizer.line("\(alert.id)  \(alert.level.label)  \(alert.state.rawValue)  \(alert.firstSeen.rfc3339(utcOffset: offset))  "
                  + "×\(alert.count)  \(alert.rule)  \(alert.subject)  \(alert.message)\(ack)"))
        }
    }
}

extension AlertFilter.States: ExpressibleByArgument {}

extension AlertLevel: ExpressibleByArgument {
    /// `L3`, `l3` or `3`.
    public init?(argument: String) {
        self.init(configText: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.label) }
}
