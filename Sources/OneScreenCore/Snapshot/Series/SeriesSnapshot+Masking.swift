/// The series page graded like the quality page's rows: the site as `site`, readings as `reading.value` (the chart's
/// shape goes whole under any mask, as a row's sparkline does, since scaled points would still draw the real curve;
/// the latest reading is hinted like a row's value), and the alerts as the alert list masks them. Lot ids and
/// compliance are public, as on the quality page.
extension SeriesSnapshot: Maskable {
    public static var maskRules: [MaskRule<SeriesSnapshot>] {
        [.text(\.request.site, .site), .nested(\.latest), .each(\.alerts),
         MaskRule { series, viewer in if viewer.mask(for: .readingValue) != nil { series.points = [] } }]
    }
}

extension SeriesBucket: Maskable {
    public static var maskRules: [MaskRule<SeriesBucket>] {
        [.number(\.mean, .readingValue), .number(\.low, .readingValue), .number(\.high, .readingValue)]
    }
}
