import OneScreenCore

extension Navigation {
    /// The Alerts page's own keys, before the shared ones: the open prompt takes every key; `f` cycles the states
    /// listed (open, acknowledged, resolved, all); `a` acknowledges the selected or opened alert with a note, `s`
    /// silences its subject and `S` its rule, `u` un-acknowledges it; `m` lists the silences in force instead, where
    /// `u` ends the selected one. False for keys left to the rest of the navigation.
    mutating func handleAlertKey(_ key: Key, rowIDs: [String]) -> Bool {
        // Any key puts the last action's outcome away; the key itself may bring a new one.
        alerts.notice = nil
        if var prompt = alerts.prompt {
            switch prompt.handle(key) {
            case .editing: alerts.prompt = prompt
            case .cancelled: alerts.prompt = nil
            case .confirmed(let command):
                alerts.prompt = nil
                alerts.command = command
            }
            return true
        }
        guard editingFilter == nil else { return false }
        if alerts.showsSilences { return handleSilenceKey(key, rowIDs: rowIDs) }
        switch key {
        case .character("m") where detail == nil:
            alerts.showsSilences = true
            selectFirstRow()
        case .character("u"):
            act(rowIDs: rowIDs) { .unacknowledge(id: $0) }
        case .character("f") where detail == nil:
            alerts.states = alerts.states.next
            selectFirstRow()
        case .character("a"): ask(.acknowledge, rowIDs: rowIDs)
        case .character("s"): ask(.silence(.subject), rowIDs: rowIDs)
        case .character("S"): ask(.silence(.rule), rowIDs: rowIDs)
        default: return false
        }
        return true
    }

    /// The silences view: `m` or Esc goes back to the alerts, `u` ends the selected silence; a silence has nothing to
    /// open, and the alerts' filter and sort do not apply to it.
    private mutating func handleSilenceKey(_ key: Key, rowIDs: [String]) -> Bool {
        switch key {
        case .character("m"), .escape:
            alerts.showsSilences = false
            selectFirstRow()
        case .character("u"):
            act(rowIDs: rowIDs) { .endSilence(id: $0) }
        case .enter, .character("/"), .character("<"), .character(">"), .character("I"), .character("f"), .character("a"),
             .character("s"), .character("S"):
            break
        default: return false
        }
        return true
    }

    /// Commands the app to do what needs no prompt to the selected alert or silence.
    private mutating func act(rowIDs: [String], _ command: (Int64) -> AlertCommand) {
        if let id = actionTarget(rowIDs: rowIDs) { alerts.command = command(id) }
    }

    private mutating func ask(_ purpose: AlertPrompt.Purpose, rowIDs: [String]) {
        if let id = actionTarget(rowIDs: rowIDs) { alerts.prompt = AlertPrompt(alertID: id, purpose: purpose) }
    }

    /// The id an action applies to, or nil with the notice saying why there is none: the viewer may not act, or
    /// nothing is selected.
    private mutating func actionTarget(rowIDs: [String]) -> Int64? {
        guard alerts.mayAct else {
            alerts.notice = .notAllowed
            return nil
        }
        guard let id = actedOnAlert(rowIDs: rowIDs) else {
            alerts.notice = .nothingSelected
            return nil
        }
        return id
    }

    /// The alert (or, in the silences view, the silence) an action applies to: the one opened, else the one
    /// selected in the list.
    func actedOnAlert(rowIDs: [String]) -> Int64? {
        if let detail { return Int64(detail) }
        return rowIDs.indices.contains(selection) ? Int64(rowIDs[selection]) : nil
    }
}
