extension Screen {
    /// The screen as text with SGR escapes, for `snapshot --color`, cron mails and terminals without curses.
    ///
    /// An escape is written only where the resolved style changes (two styles that look the same under this theme and
    /// mode count as one), and each row ends back at the terminal's defaults, so rows can be printed, piped or cut
    /// independently. Under `.none` or the mono theme no colour code appears at all.
    public func ansi(theme: Theme, colorMode: ColorMode) -> String {
        var resolved: [Style: String] = [:]
        var output = ""
        output.reserveCapacity(cells.count * 2)
        for row in 0..<height {
            if row > 0 { output += "\n" }
            var current = ResolvedStyle.resetSGR
            for cell in cells[row * width..<(row + 1) * width] where !cell.isContinuation {
                let sgr: String
                if let known = resolved[cell.style] {
                    sgr = known
                } else {
                    sgr = theme.resolve(cell.style, mode: colorMode).sgr
                    resolved[cell.style] = sgr
                }
                if sgr != current {
                    output += sgr
                    current = sgr
                }
                output += cell.symbol
            }
            if current != ResolvedStyle.resetSGR { output += ResolvedStyle.resetSGR }
        }
        return output
    }
}
