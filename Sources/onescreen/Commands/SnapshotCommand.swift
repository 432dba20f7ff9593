import ArgumentParser
import Foundation
import OneScreenCore
import OneScreenUI

/// One frame without a terminal: for tests, cron mails and the README.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print one frame of a page to stdout: exactly H lines of exactly W columns.",
        discussion: "Without --color the output is plain text; with it, ANSI colour escapes for the chosen theme."
    )

    @OptionGroup var options: ServiceOptions
    @OptionGroup var look: LookOptions

    @Option(help: ArgumentHelp("The page to draw: \(SnapshotPage.names.joined(separator: ", ")).", valueName: "name"))
    var page: SnapshotPage = .page(.overview)

    @Option(help: ArgumentHelp("Draw a row's detail: a lot id (quality), customer id (customers), contract id (contracts), alert id (alerts) or SITE/METRIC (series).",
                               valueName: "id"))
    var select: String?

    @Option(help: ArgumentHelp("The time range of the series page and of the compliance windows: \(TimeRange.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "range"))
    var range: TimeRange = .standard

    @Option(help: ArgumentHelp("Frame size in columns x rows.", valueName: "WxH"))
    var size: FrameSize = FrameSize(width: 120, height: 40)

    @Flag(help: "Add ANSI colour escapes (ignored when NO_COLOR is set).")
    var color = false

    @Option(help: ArgumentHelp("Draw the store as it was at this time (RFC 3339, a date like 2026-12-01, or epoch seconds) instead of now.", valueName: "time"))
    var at: Instant?

    @Flag(help: "Draw the page as the wall screen shows it: the kiosk role (public data only) and, from 100x30, the clock band.")
    var kiosk = false

    func validate() throws {
        if case .page(let kind) = page, select != nil, !kind.drills {
            throw ValidationError("--select needs --page quality, customers, contracts, alerts or series; \(kind.rawValue) has no detail")
        }
        if page == .series, SeriesRequest(subject: select ?? "") == nil {
            throw ValidationError("--page series needs --select SITE/METRIC, e.g. --select '沪A·冷链06/cold.temp'")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let offset = UTCOffset.current()
        let now = at ?? .now
        let errors = StandardError()
        let loaded = try options.config.load()
        let service = try options.connect(loaded, forcedRole: kiosk ? Role.kioskName : nil, missing: .demo(now: now, utcOffset: offset) { progress in
            if let line = progress.line { errors.line(line) }
        }).service
        let viewer = service.viewer
        let catalog = look.catalog(environment: environment)
        let colorMode = color ? ColorMode.detect(environment: environment) : .none
        let selection = catalog.select(look.theme ?? loaded.theme, noColor: LookOptions.noColor(environment), colorMode: colorMode)
        for error in selection.errors { errors.line("\(error)") }
        errors.flush()
        // Plain text has no theme; one only counts where it is printed, and it is mono only because colour is off.
        let drawnTheme = color ? selection.theme : Theme.default
        let composer = FrameComposer(
            language: look.language(configured: loaded.language, environment: environment), glyphs: Glyphs.forLocale(environment: environment),
            themes: [drawnTheme], utcOffset: offset, viewer: viewer)
        var state = DashboardState()
        state.navigation = page == .series ? Navigation(page: page.kind) : Navigation(page: page.kind, detail: select)
        state.navigation.series = page == .series ? select : nil
        state.navigation.range = range
        if kiosk, case .page(let kind) = page {
            state.kiosk = KioskRotation(settings: loaded.kiosk, configuredPages: [kind.rawValue], role: viewer.role)
        }
        // Masked, authorised and audited by the data side: a snapshot file can travel further than a screen.
        let snapshot = try serviceCall { () throws(ServiceError) in
            try service.page(state.navigation.request, at: now, utcOffset: offset, window: range)
        }
        let frame = composer.compose(
            snapshot: snapshot, state: state, now: now, lastRead: now, problem: nil,
            width: size.width, height: size.height)
        let text = color && selection.colorMode != .none
            ? frame.ansi(theme: selection.theme, colorMode: selection.colorMode) : frame.text
        print(text)
    }
}

/// `--size 120x40`.
struct FrameSize: ExpressibleByArgument {
    var width: Int
    var height: Int

    /// Beyond any real terminal; keeps a typo like 12000x40 from allocating a huge frame.
    static let maximum = 1000

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// How `--help` shows the default: as it is typed.
    var defaultValueDescription: String { "\(width)x\(height)" }

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...Self.maximum).contains(width), (1...Self.maximum).contains(height) else { return nil }
        self.init(width: width, height: height)
    }
}

extension PageKind: ExpressibleByArgument {}

extension TimeRange: ExpressibleByArgument {}

/// `--page`: one of the seven pages, or `series`, the series page (a drill-down of the quality page's metrics, and
/// open to whoever may open that page).
enum SnapshotPage: ExpressibleByArgument, Equatable {
    case page(PageKind)
    case series

    static let names = PageKind.allCases.map(\.rawValue) + ["series"]

    init?(argument: String) {
        if argument == "series" {
            self = .series
        } else if let kind = PageKind(rawValue: argument) {
            self = .page(kind)
        } else {
            return nil
        }
    }

    var kind: PageKind {
        switch self {
        case .page(let kind): kind
        case .series: .quality
        }
    }
}
