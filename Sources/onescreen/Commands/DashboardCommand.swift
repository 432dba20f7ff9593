import ArgumentParser
import Dispatch
import Foundation
import Logging
import OneScreenCore
import OneScreenUI

/// `onescreen` with no subcommand: the live dashboard in this terminal.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Show the dashboard (the default): on a fresh clone, the built-in demo.",
        discussion: """
        The dashboard also runs the config's sources when no other onescreen process is collecting for the same
        store (see `onescreen collect`). With no config and no store it opens a demo built from sample-data/,
        kept moving by a simulator source.
        """
    )

    @OptionGroup var options: ServiceOptions
    @OptionGroup var look: LookOptions

    @Option(help: ArgumentHelp("Time between redraws of the clock and checks for new data: seconds or a duration like 500ms (default: the config's refresh, 2s).", valueName: "seconds"))
    var refresh: Duration?

    @Flag(help: "Wall-screen mode: the kiosk role (public data only), pages rotate, every key but the quit key is ignored.")
    var kiosk = false

    @Flag(help: "Show the built-in demo even when a store of your own exists (after `onescreen ingest`, say).")
    var demo = false

    func validate() throws {
        if demo, options.store.store != nil { throw ValidationError("--demo shows the demo's own store; leave out --store") }
    }

    @Option(help: ArgumentHelp("For the soak benchmark: each pass of the loop moves the clock this many seconds and waits for no input.", visibility: .hidden))
    var soakStep: Double?

    @Option(help: ArgumentHelp("For the soak benchmark: where the soak's report goes when the dashboard stops.", visibility: .hidden))
    var soakReport: String?

    /// How long quitting waits for the sources to stop (a plug-in is killed, the lease given up) before leaving anyway.
    static let stopTimeoutSeconds = 5.0

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        // Before anything is built or opened: without a terminal to read keys from and draw on, the loop would
        // spin or fill a file with escapes.
        if soakStep == nil, let reason = CursesTerminal.unusable(environment: environment) { throw Refusal(reason) }
        let offset = UTCOffset.current()
        // An invalid config is refused before anything starts, with the same messages as `onescreen check`.
        var loaded = try options.config.load()
        let errors = StandardError()
        let catalog = look.catalog(environment: environment)
        // Theme problems go to stderr now: once curses owns the terminal nothing may be printed.
        let requested = (look.theme ?? loaded.theme).map { catalog.load($0) }
        for error in requested?.errors ?? [] { errors.line("\(error)") }
        errors.flush()
        let theme = requested?.theme ?? .default
        let language = look.language(configured: loaded.language, environment: environment)
        let glyphs = Glyphs.forLocale(environment: environment)
        SignalTrap.install()
        if kiosk { SignalTrap.ignoreJobControl() }
        let terminal = CursesTerminal(theme: theme, noColor: LookOptions.noColor(environment), environment: environment, raw: kiosk)
        // The first run builds the demo store: a few seconds shown as a frame with its progress, not a blank screen.
        let connection: Connection
        do {
            connection = try options.connect(loaded, forcedRole: kiosk ? Role.kioskName : nil, forcesDemo: demo,
                                             missing: .demo(now: .now, utcOffset: offset) { progress in
                let size = terminal.size
                terminal.paint(DemoBuildView(progress: progress, language: language).screen(width: size.width, height: size.height, glyphs: glyphs))
            })
        } catch {
            terminal.close()
            throw error
        }
        let viewer = connection.service.viewer
        if connection.isDemo && loaded.sources.isEmpty { loaded.sources = [DemoStore.simulatorSource] }
        let composer = FrameComposer(
            language: language, glyphs: glyphs,
            themes: look.themeCycle(first: theme, catalog: catalog), utcOffset: offset, viewer: viewer,
            showsCJK: Glyphs.isUTF8Locale(environment: environment))

        // Collector logs would scribble over the screen; what matters reaches the Sources page through the store.
        // A server collects for its clients; a client runs nothing of its own.
        let collector = loaded.sources.isEmpty ? nil : connection.store.map { store in Collector(config: loaded, store: store, logger: Logger(label: "onescreen.dashboard") { _ in SwiftLogNoOpLogHandler() },
                                                                                                   reporter: StoreAlertReporter(store: store, utcOffset: UTCOffset.current())) }
        if let collector { Task { await collector.start() } }
        // Watching a store that another process collects: if that collector dies, this one says so.
        let watch = collector == nil ? connection.store.flatMap { $0.isReadOnly ? nil : SystemWatch(store: $0, config: loaded) } : nil
        watch?.start()
        defer { watch?.stop() }
        let outcome: Result<Int32?, any Error>
        let soak = soakStep.map { SoakRun(step: $0, reportPath: soakReport ?? "/dev/stderr", start: .now) }
        do {
            let seconds = max(0.2, (refresh ?? loaded.refresh).secondsValue)
            let rotation = kiosk ? KioskRotation(settings: loaded.kiosk, configuredPages: loaded.pages, role: viewer.role) : nil
            let loop = DashboardLoop(service: connection.service, composer: composer, refreshSeconds: seconds, kiosk: rotation,
                                     alarm: kiosk ? KioskAlarm(settings: loaded.kiosk) : nil, soak: soak)
            let signal = try loop.run(terminal: terminal)
            // Before the terminal is given back, so the last memory figure is the loop's, not the teardown's.
            try soak?.write()
            outcome = .success(signal)
        } catch {
            outcome = .failure(error)
        }
        terminal.close()
        if let collector {
            let stopped = DispatchSemaphore(value: 0)
            Task {
                await collector.stop()
                stopped.signal()
            }
            _ = stopped.wait(timeout: .now() + Self.stopTimeoutSeconds)
        }
        switch outcome {
        case .success(let signal?): throw ExitCode(128 + signal)
        case .success(nil): return
        case .failure(let error): throw error
        }
    }
}
