import OneScreenCore

/// 预警详情: one alert's story. On top what it is (level, state, rule, subject, message), when and how often (first and
/// last seen, how long, count) and who acknowledged it and why; below, the values that fired it (the readings around
/// the firing time against the band, or the fields of the record a business rule found) beside its timeline (raised,
/// fired, acknowledged, silenced, resolved).
struct AlertDetailBody: Widget {
    let detail: AlertDetail
    let context: PageContext

    /// Below this width the values and the timeline are stacked instead of side by side.
    static let sideBySideWidth = 76

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let parts = area.rows([.length(detail.links.isEmpty ? 8 : 9), .fill(1)])
        renderHead(in: parts[0], on: &screen, glyphs: glyphs)
        let lower = parts[1].width >= Self.sideBySideWidth
            ? parts[1].columns([.fill(1), .fill(1)]) : parts[1].rows([.fill(1), .fill(1)])
        let strings = context.strings
        let values = Pane(title: strings.firingValues, padding: 1)
        values.render(in: lower[0], on: &screen, glyphs: glyphs)
        renderValues(in: values.inner(of: lower[0]), on: &screen, glyphs: glyphs)
        let timeline = Pane(title: strings.timeline, rightTitle: context.format.count(detail.timeline.count), padding: 1)
        timeline.render(in: lower[1], on: &screen, glyphs: glyphs)
        renderTimeline(in: timeline.inner(of: lower[1]), on: &screen, glyphs: glyphs)
    }

    private func renderHead(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let alert = detail.alert
        let badge = LevelBadge(alert.level)
        let pane = Pane(title: "\(strings.alert(alert.id))  \(alert.subject)", rightTitle: strings.alertState(alert.state),
                        isFocused: true, padding: 1)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let rows = pane.inner(of: area).rows([.length(4), .length(1), .length(1), .length(detail.links.isEmpty ? 0 : 1)])
        let what = KeyValueList([
            KeyValueItem(strings.levelColumn, "\(badge.code) \(strings.level(alert.level))", style: badge.style),
            KeyValueItem(strings.statusColumn, strings.alertState(alert.state), style: AlertListBody.style(of: alert.state)),
            KeyValueItem(strings.ruleColumn, alert.rule),
            KeyValueItem(strings.countColumn, context.format.count(alert.count)),
        ])
        let end = alert.resolvedAt ?? context.now
        let when = KeyValueList([
            KeyValueItem(strings.firstSeen, context.when(alert.firstSeen)),
            KeyValueItem(strings.lastSeenColumn, context.when(alert.lastSeen)),
            KeyValueItem(strings.ageColumn, context.format.duration(seconds: end.seconds(since: alert.firstSeen))),
        ])
        let columns = rows[0].columns([.max(what.naturalWidth), .fill(1)], spacing: 3)
        what.render(in: columns[0], on: &screen, glyphs: glyphs)
        when.render(in: columns[1], on: &screen, glyphs: glyphs)
        Label(context.messages.text(of: alert), wraps: false).render(in: rows[1], on: &screen, glyphs: glyphs)
        // Who acknowledged, when and why, as one sentence under what it is about.
        let ack = alert.ackedBy.map { by in
            Label(strings.acknowledged(by: by, at: alert.ackedAt.map(context.when) ?? DisplayFormat.missing, note: alert.ackNote),
                  style: Style(.ok, .bold), wraps: false)
        } ?? Label(strings.notAcknowledged, style: Style(.muted), wraps: false)
        ack.render(in: rows[2], on: &screen, glyphs: glyphs)
        renderLinks(in: rows[3], on: &screen, glyphs: glyphs)
    }

    /// `打开  批次 L20261119-005  站点 沪A·冷链06 …`: what the alert is about, the selected link in reverse video
    /// (↑ ↓ move it, Enter opens it), cut from the right where the row ends.
    private func renderLinks(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let strings = context.strings
        var x = area.x + screen.put(strings.links + "  ", at: area.x, y: area.y, maxWidth: area.width, style: Style(.muted))
        for (index, link) in detail.links.enumerated() where x < area.right {
            let selected = index == context.navigation.selection
            let text = DisplayWidth.truncate(strings.target(link), to: area.right - x, ellipsis: glyphs.ellipsis)
            x += screen.put(text, at: x, y: area.y, maxWidth: area.right - x,
                            style: selected ? Style(.accent, [.bold, .reverse]) : Style(.accent))
            x += screen.put("  ", at: x, y: area.y, maxWidth: max(0, area.right - x))
        }
    }

    /// The readings of each series the rule judged, with the firing reading marked and in view; else the fields the
    /// rule stored (a business rule's record).
    private func renderValues(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        guard !detail.series.isEmpty else {
            guard !detail.fields.isEmpty else {
                Label(strings.none, style: Style(.muted)).render(in: area, on: &screen, glyphs: glyphs)
                return
            }
            KeyValueList(detail.fields.map { field in
                // Times the rule stored read like every other time on the page.
                KeyValueItem(strings.alertField(field.name), TimestampParser.parse(field.value).map(context.when) ?? field.value)
            }).render(in: area, on: &screen, glyphs: glyphs)
            return
        }
        let format = context.format
        let firedAt = detail.firedAt
        func caption(_ series: AlertSeries) -> String {
            series.min == nil && series.max == nil ? series.subject
                : "\(series.subject)  \(strings.bandColumn) \(format.band(min: series.min, max: series.max, glyphs: glyphs))\(series.unit)"
        }
        // One series is named above its readings, where scrolling to the firing reading cannot take it away; several
        // (a combination) each get a heading row.
        let single = detail.series.count == 1
        let parts = area.rows([.length(single ? 1 : 0), .fill(1)])
        if single {
            Label(caption(detail.series[0]), style: Style(.title, .bold), wraps: false).render(in: parts[0], on: &screen, glyphs: glyphs)
        }
        var rows: [[TableCell]] = []
        var firedRow: Int?
        // The last reading inside the band before the firing: where the crossing starts.
        var lastInsideRow: Int?
        for series in detail.series {
            if !single { rows.append([TableCell(caption(series), style: Style(.title, .bold)), "", ""]) }
            let fired = series.readings.lastIndex { $0.time <= firedAt }
            for (index, reading) in series.readings.enumerated() {
                let outside = series.isOutside(reading.value) ?? false
                if index == fired { firedRow = rows.count }
                if !outside, let fired, index < fired { lastInsideRow = rows.count }
                let marks = [outside ? strings.breached : nil, index == fired ? strings.firedHere : nil].compactMap { $0 }
                rows.append([TableCell(context.when(reading.time)),
                             TableCell(format.measure(reading.value, unit: series.unit, masks: context.masks),
                                       style: outside ? HealthStatus.critical.style : .plain),
                             TableCell(marks.joined(separator: " "), style: index == fired ? Style(.warn, .bold) : Style(.muted))])
            }
        }
        // The firing reading stays in view, and with it, room permitting, the crossing and a reading before it.
        let visible = max(1, parts[1].height - 1)
        let fired = firedRow ?? 0
        let wanted = lastInsideRow.map { $0 - 1 } ?? fired - visible / 2
        let offset = max(0, min(max(wanted, fired - visible + 1), fired))
        Table(columns: [
            TableColumn(strings.timeColumn, .time, width: .fill(1)),
            .fitting(rows.map { $0[1].text }, title: strings.readingColumn, .reading, alignment: .right),
            .fitting(rows.map { $0[2].text }, .state),
        ], rows: rows, scrollOffset: offset, emptyText: strings.none)
            .render(in: parts[1], on: &screen, glyphs: glyphs)
    }

    private func renderTimeline(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let entries = detail.timeline
        let times = entries.map { context.when($0.at) }
        let events = entries.map { strings.timelineEvent($0.kind) }
        Table(columns: [
            .fitting(times, title: strings.timeColumn, .time),
            .fitting(events, title: strings.eventColumn, .state),
            TableColumn("", width: .fill(1)),
        ], rows: entries.indices.map { index in
            [TableCell(times[index], style: Style(.muted)), TableCell(events[index], style: Self.style(of: entries[index].kind)),
             TableCell(what(entries[index]))]
        }, emptyText: strings.none).render(in: area, on: &screen, glyphs: glyphs)
    }

    /// Who did it and why: `王敏 (ops) 司机已关门`, or what a silence covered and until when.
    private func what(_ entry: AlertTimelineEntry) -> String {
        let strings = context.strings
        var parts: [String] = []
        if let user = entry.user { parts.append(strings.actor(user, role: entry.role)) }
        if let target = entry.target, let until = entry.until { parts.append(strings.until(target, context.when(until))) }
        if let note = entry.note { parts.append(note) }
        return parts.joined(separator: " ")
    }

    private static func style(of kind: AlertTimelineEntry.Kind) -> Style {
        switch kind {
        case .raised: Style(.warn)
        case .fired: Style(.warn, .bold)
        case .acknowledged, .resolved: Style(.ok, .bold)
        case .silenced: Style(.accent)
        }
    }
}
