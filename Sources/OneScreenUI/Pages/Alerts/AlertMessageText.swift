import OneScreenCore

/// An alert's message as the viewer reads it: a rule's default message in the viewer's language, its codes in their
/// words and its times and spans in their format; anything else (a configured template, an alert raised before
/// messages kept their values, a masked one) as stored.
struct AlertMessageText {
    let strings: Strings
    let format: DisplayFormat
    let utcOffset: Int

    func text(of alert: AlertRecord) -> String {
        guard let source = alert.defaultMessage else { return alert.message }
        return strings.defaultMessage(source.kind) { name in
            // A value missing shows as its placeholder, as a template with an unknown name renders.
            guard let value = source.values[name] else { return "{\(name)}" }
            return shown(name, value, kind: source.kind) ?? value
        }
    }

    /// The value in the viewer's words, nil when it reads the same in every language (or is not what it should be).
    private func shown(_ name: String, _ value: String, kind: DefaultMessage.Kind) -> String? {
        switch name {
        case "since", "time", "last": TimestampParser.parse(value).map { format.when($0, utcOffset: utcOffset) }
        case "due", "end", "date": CalendarDay(value).map(format.date)
        case "within", "after": Duration(configText: value).map { format.duration(seconds: Double($0.components.seconds)) }
        case "seal": SealKind(rawValue: value).map(strings.seal)
        case "kind": MomentKind(rawValue: value).map(strings.moment)
        case "status" where kind == .sealUnapproved: SealUseStatus(rawValue: value).map(strings.sealStatus)
        case "status": ContractStatus(rawValue: value).map(strings.contractStatus)
        default: nil
        }
    }
}
