import ArgumentParser
import Foundation
import OneScreenCore

/// `onescreen series correct METRIC SITE --unit U --stage S`: the way to fix a series whose first reading gave the
/// wrong unit or stage, which otherwise rejects every right reading after it. Audited.
struct SeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "series", abstract: "Look after series (a metric at a site).", subcommands: [SeriesCorrectCommand.self])
}

struct SeriesCorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct the unit or stage a series' first reading fixed (written to the audit log).",
        discussion: "Readings keep their values; later readings must match the corrected unit and stage.")

    @OptionGroup var options: ServiceOptions

    @Argument(help: "The metric, e.g. cold.temp.") var metric: String
    @Argument(help: "The site, e.g. 沪A·冷链07.") var site: String

    @Option(help: ArgumentHelp("The unit the series' readings are in.", valueName: "unit")) var unit: String?
    @Option(help: ArgumentHelp("The stage the site belongs to: \(Stage.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "stage"))
    var stage: Stage?

    func validate() throws {
        if unit == nil && stage == nil { throw ValidationError("give --unit, --stage or both") }
    }

    func run() throws {
        let connection = try options.connect(try options.config.load(), missing: .refuse)
        // Changing what every reading of a series means is the data owner's call, on the owner's own store.
        guard let store = connection.store else { throw Refusal("series correct changes the store itself: run it as the store's owner, without --server") }
        let viewer = connection.service.viewer
        guard viewer.role.sees(.core) else { throw Refusal("role \(viewer.role.name) may not correct series; it needs core clearance") }
        let fixed = try store.correctSeries(metric: metric, site: site, unit: unit, stage: stage, by: viewer.user,
                                            role: viewer.role.name, at: .now)
        print(Sanitizer.line("corrected \(metric) at \(site): unit \(fixed.unit), stage \(fixed.stage)"))
    }
}

extension Stage: ExpressibleByArgument {}
