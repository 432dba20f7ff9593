import OneScreenCore

/// The top of a wall screen: the time in big digits, and beside it how old the newest data is, how the sources are,
/// and where the rotation stands. Stale data turns the digits critical and says STALE in reverse video, so a wall
/// showing yesterday's numbers cannot pass for live, in colour or not.
struct KioskBand: Widget {
    let snapshot: PageSnapshot
    let language: Language
    let rotation: RotationStatus?

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        screen.fill(area)
        let strings = Strings(language)
        let format = DisplayFormat(language, today: snapshot.today)
        let isStale = snapshot.freshness.isStale(at: snapshot.now)
        let clock = BigDigits(format.clock(snapshot.now, utcOffset: snapshot.utcOffset),
                              style: isStale ? Style(.critical, .bold) : Style(.title, .bold))
        let parts = area.inset(horizontal: 1, vertical: 0).columns([.length(clock.width), .fill(1)], spacing: 3)
        clock.render(in: parts[0], on: &screen, glyphs: glyphs)
        let lines = [date, PageChrome.freshness(snapshot.freshness, at: snapshot.now, strings: strings, format: format),
                     PageChrome.sources(snapshot.sources, strings: strings), position(strings, format: format)]
        for (row, line) in lines.enumerated() {
            Label(line.text, style: line.style, wraps: false).render(in: parts[1].row(row), on: &screen, glyphs: glyphs)
        }
    }

    private var date: StatusSegment { StatusSegment(snapshot.today.description, style: Style(.muted)) }

    /// `总览 1/3  质量 12秒后`.
    private func position(_ strings: Strings, format: DisplayFormat) -> StatusSegment {
        guard let rotation, rotation.pages.indices.contains(rotation.index) else { return StatusSegment("") }
        if rotation.isHeld { return StatusSegment(strings.heldOnAlerts(strings.page(.alerts)), style: Style(.warn, .bold)) }
        var text = "\(strings.page(rotation.pages[rotation.index])) \(rotation.index + 1)/\(rotation.pages.count)"
        if rotation.pages.count > 1, let left = rotation.secondsLeft {
            let next = rotation.pages[(rotation.index + 1) % rotation.pages.count]
            text += "  " + strings.nextPage(strings.page(next), in: format.duration(seconds: left.rounded(.up)))
        }
        return StatusSegment(text, style: Style(.muted))
    }
}
