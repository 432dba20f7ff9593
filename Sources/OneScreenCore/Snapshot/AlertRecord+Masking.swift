/// Alert texts may name a site, a customer or a person, so the subject, the message, the fingerprint (rule and
/// subject), the note and the rule's stored findings are graded as one field; who acknowledged is a person's name.
extension AlertRecord: Maskable {
    public static var maskRules: [MaskRule<AlertRecord>] {
        [
            .text(\.subject, .alertText), .text(\.message, .alertText), .text(\.fingerprint, .alertText),
            .text(\.ackNote, .alertText), .text(\.detail, .alertText),
            // What a default message was made from goes with it: re-rendered in another language it would show
            // the very values the mask hides.
            .withheld(\.defaultMessage, .alertText),
            .text(\.ackedBy, .personName),
        ]
    }
}

extension AlertOverview: Maskable {
    public static var maskRules: [MaskRule<AlertOverview>] { [.each(\.newest), .each(\.silences)] }
}

/// A silence names what it mutes (a site, a rule), why, and who made it: graded as the alerts it mutes.
extension Silence: Maskable {
    public static var maskRules: [MaskRule<Silence>] {
        [.text(\.pattern, .alertText), .text(\.note, .alertText), .text(\.createdBy, .personName)]
    }
}

extension AlertDetail: Maskable {
    public static var maskRules: [MaskRule<AlertDetail>] {
        [
            .nested(\.alert), .each(\.fields), .each(\.series), .each(\.timeline),
            // A link names its site, series or record: the links go where the alert's text is masked.
            MaskRule { detail, viewer in if viewer.mask(for: .alertText) != nil { detail.links = [] } },
        ]
    }
}

extension AlertField: Maskable {
    public static var maskRules: [MaskRule<AlertField>] { [.text(\.value, .alertText)] }
}

extension AlertSeries: Maskable {
    public static var maskRules: [MaskRule<AlertSeries>] { [.text(\.subject, .alertText), .each(\.readings)] }
}

extension AlertReading: Maskable {
    public static var maskRules: [MaskRule<AlertReading>] { [.number(\.value, .readingValue)] }
}

extension AlertTimelineEntry: Maskable {
    public static var maskRules: [MaskRule<AlertTimelineEntry>] {
        [.text(\.user, .personName), .text(\.note, .alertText), .text(\.target, .alertText)]
    }
}
