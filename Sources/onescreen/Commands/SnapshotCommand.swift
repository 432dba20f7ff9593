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

    @OptionGroup var config: ConfigOption
    @OptionGroup var store: StoreOption
    @OptionGroup var look: LookOptions
    @OptionGroup var access: RoleOption

    @Option(help: ArgumentHelp("The page to draw: \(PageKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "name"))
    var page: PageKind = .overview

    @Option(help: ArgumentHelp("Draw a row's detail: a lot id (quality), customer id (customers), contract id (contracts) or alert id (alerts).",
                               valueName: "id"))
    var select: String?

    @Option(help: ArgumentHelp("Frame size in columns x rows.", valueName: "WxH"))
    var size: FrameSize = FrameSize(width: 120, height: 40)

    @Flag(help: "Add ANSI colour escapes (ignored when NO_COLOR is set).")
    var color = false

    @Option(help: ArgumentHelp("Draw the store as it was at this time (RFC 3339, a date like 2026-12-01, or epoch seconds) instead of now.", valueName: "time"))
    var at: Instant?

    func validate() throws {
        if select != nil, !page.drills {
            throw ValidationError("--select needs --page quality, customers, contracts or alerts; \(page.rawValue) has no detail")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let offset = TimeZone.current.secondsFromGMT()
        let now = at ?? .now
        let errors = StandardError()
        let loaded = try config.load()
        let viewer = try access.viewer(policy: loaded.access)
        let (store, _) = try ViewerStore.open(store, config: loaded, now: now, utcOffset: offset) { errors.line($0) }
        let catalog = look.catalog(environment: environment)
        let colorMode = color ? ColorMode.detect(environment: environment) : .none
        let selection = catalog.select(look.theme ?? loaded.theme, noColor: LookOptions.noColor(environment), colorMode: colorMode)
        for error in selection.errors { errors.line("\(error)") }
        errors.flush()
        let composer = FrameComposer(
            language: look.language(configured: loaded.language, environment: environment), glyphs: Glyphs.forLocale(environment: environment),
            themes: [selection.theme], utcOffset: offset, viewer: viewer)
        guard viewer.role.mayOpen(page: page.rawValue) else {
            throw Refusal("role \(viewer.role.name) may not open the \(page.rawValue) page")
        }
        var state = DashboardState()
        state.navigation = Navigation(page: page, detail: select)
        let snapshot = try store.page(state.navigation.request, at: now, utcOffset: offset).masked(for: viewer)
        // A snapshot file can travel further than a screen: views of classified records are audited the same way.
        if let entry = AuditEntry.view(of: state.navigation.request, by: viewer, at: .now) { try store.appendAudit(entry) }
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

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...Self.maximum).contains(width), (1...Self.maximum).contains(height) else { return nil }
        self.init(width: width, height: height)
    }
}

extension PageKind: ExpressibleByArgument {}
