import OneScreenCore

extension Navigation {
    /// The Alerts page's own keys, before the shared ones: the open prompt takes every key; `f` cycles the states
    /// listed (open, acknowledged, resolved, all); `a` acknowledges the selected or opened alert with a note, `s`
    /// silences its subject and `S` its rule. False for keys left to the rest of the navigation.
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
        switch key {
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

    /// The alert an action applies to: the one opened, else the one selected in the list.
    func actedOnAlert(rowIDs: [String]) -> Int64? {
        if let detail { return Int64(detail) }
        return rowIDs.indices.contains(selection) ? Int64(rowIDs[selection]) : nil
    }

    private mutating func ask(_ purpose: AlertPrompt.Purpose, rowIDs: [String]) {
        guard alerts.mayAct else {
            alerts.notice = .notAllowed
            return
        }
        guard let id = actedOnAlert(rowIDs: rowIDs) else {
            alerts.notice = .nothingSelected
            return
        }
        alerts.prompt = AlertPrompt(alertID: id, purpose: purpose)
    }
}
