import OneScreenCore
import OneScreenUI

/// Carries out an acknowledgement or a silence confirmed on the Alerts page, as the viewer (the OS user, under the
/// role the dashboard runs as), through the same store calls as `onescreen alerts ack` and `alerts silence`, so
/// the alert and the audit trail change exactly as they do from the CLI.
struct AlertActions {
    let store: Store
    let viewer: Viewer

    /// - Returns: what to tell the user in the status bar.
    func perform(_ command: AlertCommand, at now: Instant) -> AlertNotice {
        // The prompt opened only for a viewer who may act; checked again here because this is what writes.
        guard viewer.mayActOnAlerts else { return .notAllowed }
        do {
            switch command {
            case .acknowledge(let id, let note):
                try store.acknowledgeAlert(id: id, by: viewer.user, role: viewer.role.name, note: note, at: now)
                return .acknowledged(id)
            case .silence(let id, let target, let duration):
                // The store's record, not the screen's: what is shown may be masked.
                guard let alert = try store.alert(id: id) else { return .refused(.noSuchAlert(id)) }
                let name = target == .subject ? alert.subject : alert.rule
                let silence = try store.silence(name, until: now + duration, by: viewer.user, role: viewer.role.name, note: nil, at: now)
                return .silenced(target: silence.target.pattern, until: silence.until)
            }
        } catch let error as AlertActionError {
            return .refused(error)
        } catch {
            return .failed("\(error)")
        }
    }
}
