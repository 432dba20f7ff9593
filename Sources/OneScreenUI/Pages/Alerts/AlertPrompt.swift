import OneScreenCore

/// The one-line prompt the Alerts page opens on a selected alert: `a` asks for an optional note to acknowledge it
/// with, `s` and `S` for how long to silence its subject or its rule (2h unless a duration is typed, which replaces
/// it). Enter confirms, Esc cancels.
public struct AlertPrompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case acknowledge
        case silence(SilenceTarget)
    }

    /// What becomes of a key.
    public enum Outcome: Sendable, Equatable {
        case editing
        case cancelled
        case confirmed(AlertCommand)
    }

    public let alertID: Int64
    public let purpose: Purpose
    public private(set) var line: LineEditor
    /// Why the last Enter was refused (a duration that is not one); the next edit clears it.
    public private(set) var problem: AlertActionError?

    /// What a silence lasts unless the user types otherwise: long enough to cover a repair, short enough that a
    /// forgotten silence ends the same shift.
    public static let defaultSilence = "2h"

    public init(alertID: Int64, purpose: Purpose) {
        self.alertID = alertID
        self.purpose = purpose
        line = purpose == .acknowledge ? LineEditor() : LineEditor(suggesting: Self.defaultSilence)
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape:
            return .cancelled
        case .enter:
            switch purpose {
            case .acknowledge:
                let note = line.trimmedText
                return .confirmed(.acknowledge(id: alertID, note: note.isEmpty ? nil : note))
            case .silence(let target):
                do {
                    return .confirmed(.silence(id: alertID, target: target, duration: try Silence.duration(line.trimmedText)))
                } catch {
                    problem = error
                    return .editing
                }
            }
        default:
            if line.handle(key) { problem = nil }
            return .editing
        }
    }
}
