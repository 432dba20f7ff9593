/// Writes an alert's report for a hook: its detail as the Alerts page draws it, as plain text. The screen side
/// provides it (the data side cannot draw), so an L3 mail hook can send the analysis as the dashboard shows it.
public protocol AlertReporting: Sendable {
    /// - Parameters:
    ///   - alert: the alert as the event carries it; the report reads the store for its readings and timeline.
    ///   - language: the hook's language.
    ///   - viewer: whom the report is masked for (the hook's `role:`); nil: unmasked.
    /// - Returns: the text, or nil when the alert can no longer be read.
    func report(_ alert: AlertRecord, language: ConfigLanguage, viewer: Viewer?) -> String?
}
