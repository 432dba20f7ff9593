import OneScreenCore

/// Where a chart puts each of its parts in an area, so a page can line other rows up with its time axis (alert
/// marks, compliance per hour): the plot, the y labels left of it, the x axis and time labels below it, the unit and
/// legend above it and the figures right of it. Parts that do not fit are empty.
public struct ChartLayout: Sendable, Equatable {
    public let plot: Rect
    public let header: Rect
    public let yLabels: Rect
    /// The column of the y axis line, left of the plot; nil without an axis.
    public let axisColumn: Int?
    /// The row of the x axis line and the row of the time labels; nil where the area has no room for them.
    public let axisRow: Int?
    public let labelRow: Int?
    public let stats: Rect
    public let from: Instant
    public let through: Instant

    /// The plot needs this many columns before the y labels or the figures beside it take any.
    static let minimumPlotWidth = 16

    init(area: Rect, from: Instant, through: Instant, labelWidth: (Int) -> Int, statsWidth: Int) {
        self.from = from
        self.through = through
        let h = area.height
        let headerRows = h >= 5 ? 1 : 0
        let axisRows = h >= 4 ? 1 : 0
        let labelRows = h >= 3 ? 1 : 0
        let plotRows = max(0, h - headerRows - axisRows - labelRows)
        let labels = labelWidth(plotRows)
        let showsAxis = labels > 0 && area.width >= labels + 1 + Self.minimumPlotWidth
        let left = showsAxis ? labels + 1 : 0
        let showsStats = statsWidth > 0 && area.width - left - statsWidth - 1 >= Self.minimumPlotWidth
        let right = showsStats ? statsWidth + 1 : 0
        let top = area.y + headerRows
        plot = Rect(x: area.x + left, y: top, width: area.width - left - right, height: plotRows)
        header = Rect(x: area.x, y: area.y, width: area.width - right, height: headerRows)
        yLabels = Rect(x: area.x, y: top, width: showsAxis ? labels : 0, height: plotRows)
        axisColumn = showsAxis ? area.x + labels : nil
        axisRow = axisRows > 0 ? top + plotRows : nil
        labelRow = labelRows > 0 ? top + plotRows + axisRows : nil
        stats = Rect(x: area.right - statsWidth, y: area.y, width: showsStats ? statsWidth : 0, height: showsStats ? h : 0)
    }

    /// The plot column `time` falls in, or nil outside the range.
    public func column(of time: Instant) -> Int? {
        guard time >= from, time <= through, plot.width > 0 else { return nil }
        let span = max(1, through.millis - from.millis)
        return plot.x + min(plot.width - 1, Int(Double(time.millis - from.millis) / Double(span) * Double(plot.width)))
    }

    /// The time at the right edge of plot column `x`, for labelling what a column stands for.
    public func time(atColumn x: Int) -> Instant {
        let span = Double(through.millis - from.millis)
        return Instant(millis: from.millis + Int64(span * Double(x - plot.x + 1) / Double(max(1, plot.width))))
    }
}
