import OneScreenCore
import OneScreenUI

/// Hook reports from the store: the alert's detail page read as the dashboard reads it, drawn as `AlertReport`
/// text, masked for the hook's role when it names one (else as the config's owner, whose commands hooks are, sees it).
struct StoreAlertReporter: AlertReporting {
    let store: Store
    let utcOffset: Int

    func report(_ alert: AlertRecord, language: ConfigLanguage, viewer: Viewer?) -> String? {
        guard let snapshot = try? store.page(.alert(alert.id), at: .now, utcOffset: utcOffset) else { return nil }
        return AlertReport.text(viewer.map(snapshot.masked(for:)) ?? snapshot, language: Language(rawValue: language.rawValue) ?? .zh)
    }
}
