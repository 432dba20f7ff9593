import ArgumentParser
import Foundation
import OneScreenCore
import OneScreenUI

/// `onescreen` with no subcommand: the live dashboard in this terminal.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Show the dashboard (the default): on a fresh clone, the built-in demo."
    )

    @OptionGroup var store: StoreOption
    @OptionGroup var look: LookOptions
    @OptionGroup var access: RoleOption

    @Option(help: ArgumentHelp("Seconds between checks of the store for new data.", valueName: "seconds"))
    var refresh: Double = 2

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let offset = TimeZone.current.secondsFromGMT()
        let errors = StandardError()
        let viewer = try access.viewer(policy: .unconfigured)
        let (store, _) = try ViewerStore.open(store, now: .now, utcOffset: offset) { errors.line($0); errors.flush() }
        let catalog = look.catalog(environment: environment)
        // Theme problems go to stderr now: once curses owns the terminal nothing may be printed.
        let requested = look.theme.map { catalog.load($0) }
        for error in requested?.errors ?? [] { errors.line("\(error)") }
        errors.flush()
        let theme = requested?.theme ?? .default
        let composer = FrameComposer(
            language: look.language(environment: environment), glyphs: Glyphs.forLocale(environment: environment),
            themes: look.themeCycle(first: theme, catalog: catalog), utcOffset: offset, viewer: viewer)
        SignalTrap.install()
        let terminal = CursesTerminal(theme: theme, noColor: LookOptions.noColor(environment), environment: environment)
        let outcome: Result<Int32?, any Error>
        do {
            outcome = .success(try DashboardLoop(store: store, composer: composer, refreshSeconds: max(0.2, refresh)).run(terminal: terminal))
        } catch {
            outcome = .failure(error)
        }
        terminal.close()
        switch outcome {
        case .success(let signal?): throw ExitCode(128 + signal)
        case .success(nil): return
        case .failure(let error): throw error
        }
    }
}
