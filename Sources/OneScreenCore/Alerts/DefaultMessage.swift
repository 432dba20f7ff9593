/// An alert message rendered from a rule's default template, kept as the template's kind and the values it was filled
/// with. The stored text is English, for scripts and hooks; with this each viewer reads the sentence in their own
/// language, its codes (seal kinds, statuses) in their words and its times in their format.
public struct DefaultMessage: Sendable, Hashable, Codable {
    /// Which default template; one per kind of condition. The raw values are stored: never rename one.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case band, rate, combination
        case noData = "no_data"
        case milestoneOverdue = "milestone_overdue"
        case contractExpiring = "contract_expiring"
        case sealUnapproved = "seal_unapproved"
        case momentWithoutAction = "moment_without_action"
        case sourceFailing = "source_failing"
        case noCollector = "no_collector"
        case staleData = "stale_data"
        case ingestLag = "ingest_lag"
    }

    public var kind: Kind
    /// The template's placeholders with what they were filled with: numbers as messages print them, times in RFC 3339,
    /// days as `YYYY-MM-DD`, codes as the record format spells them.
    public var values: [String: String]

    public init(kind: Kind, values: [String: String]) {
        self.kind = kind
        self.values = values
    }

    /// As the store keeps it; keys sorted, so an unchanged message writes the same text and is not rewritten.
    public var json: String {
        JSONValue.object(["kind": .string(kind.rawValue), "values": .object(values.mapValues(JSONValue.string))]).text
    }

    /// Nil for text this version cannot read (a kind from a newer one): the alert then shows its stored text.
    public init?(json: String) {
        guard let object = JSONValue(parsing: json)?.objectValue,
              let kind = object["kind"]?.stringValue.flatMap(Kind.init(rawValue:)),
              let fields = object["values"]?.objectValue else { return nil }
        var values: [String: String] = [:]
        for (name, value) in fields {
            guard let text = value.stringValue else { return nil }
            values[name] = text
        }
        self.init(kind: kind, values: values)
    }
}
