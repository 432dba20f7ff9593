import OneScreenCore

/// What the Alerts page adds to the shared chrome: the prompt being typed, drawn over the row above the status bar,
/// and what became of the last acknowledgement or silence, as a status bar segment.
struct AlertPageOverlay {
    let snapshot: PageSnapshot
    let alerts: AlertPageState
    let strings: Strings
    let format: DisplayFormat
    let role: String

    var noticeSegment: StatusSegment? {
        alerts.notice.map { notice in
            let text = strings.notice(notice, role: role) { format.dateTime($0, utcOffset: snapshot.utcOffset) }
            return notice.isProblem ? .alarm(text) : StatusSegment(text, style: Style(.ok, .bold))
        }
    }

    var promptBar: PromptBar? {
        alerts.prompt.map { prompt in
            let label: String
            switch prompt.purpose {
            case .acknowledge: label = strings.acknowledgePrompt(prompt.alertID)
            case .silence(let target):
                let alert = record(prompt.alertID)
                let name = (target == .subject ? alert?.subject : alert?.rule) ?? strings.alert(prompt.alertID)
                label = strings.silencePrompt(target, name)
            }
            return PromptBar(label: label, editor: prompt.line,
                             hint: prompt.purpose == .acknowledge ? strings.promptHint : strings.durationHint,
                             problem: prompt.problem.map(strings.alertActionError))
        }
    }

    /// The alert as the snapshot holds it, from the list or the opened detail.
    private func record(_ id: Int64) -> AlertRecord? {
        switch snapshot.content {
        case .alerts(let list): list.newest.first { $0.id == id }
        case .alert(let detail): detail?.alert
        default: nil
        }
    }
}
