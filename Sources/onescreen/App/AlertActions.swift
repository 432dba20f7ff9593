import OneScreenCore
import OneScreenUI

/// Carries out an acknowledgement, a silence or the undoing of either from the Alerts page through the same data-side
/// calls as `onescreen alerts ack`, `silence`, `unack` and `unsilence`, so the alert, the permission checks and the audit trail are the
/// same as from the CLI. A subject or rule picked here is silenced as itself, never as a pattern.
struct AlertActions {
    let service: any DataService

    /// - Returns: what to tell the user in the status bar.
    func perform(_ command: AlertCommand) -> AlertNotice {
        // The prompt opened only for a viewer who may act; the data side checks again, since it is what writes.
        guard service.viewer.mayActOnAlerts else { return .notAllowed }
        do throws(ServiceError) {
            switch command {
            case .acknowledge(let id, let note):
                _ = try service.acknowledge(alert: id, note: note)
                return .acknowledged(id)
            case .silence(let id, let target, let duration):
                let request = SilenceRequest(target: target == .subject ? .subjectOf(alert: id) : .ruleOf(alert: id), duration: duration)
                let outcome = try service.silence(request)
                return .silenced(target: outcome.target, until: outcome.until)
            case .unacknowledge(let id):
                _ = try service.unacknowledge(alert: id)
                return .unacknowledged(id)
            case .endSilence(let id):
                return .silenceEnded(target: try service.unsilence(id).target.pattern)
            }
        } catch {
            return switch error {
            case .alertAction(let refusal): .refused(refusal)
            case .refused, .failed, .connection: .failed(error.description)
            }
        }
    }
}
