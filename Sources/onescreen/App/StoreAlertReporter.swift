import OneScreenCore
import OneScreenUI

/// Hook reports from the store: the alert's detail page read as the dashboard reads it, drawn as `AlertReport`
/// text. Hooks are the config owner's own commands, so the report is as the owner sees it, unmasked.
struct StoreAlertReporter: AlertReporting {
    let store: Store
    let utcOffset: Int

    func report(_ alert: AlertRecord, language: ConfigLanguage) -> String? {
        guard let snapshot = try? store.page(.alert(alert.id), at: .now, utcOffset: utcOffset) else { return nil }
        return AlertReport.text(snapshot, language: Language(rawValue: language.rawValue) ?? .zh)
    }
}
