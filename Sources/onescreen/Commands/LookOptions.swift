import ArgumentParser
import Foundation
import OneScreenCore
import OneScreenUI

/// `--theme` and `--lang`, shared by everything that draws a screen.
struct LookOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Theme name (default, light, high-contrast, mono) or a theme file.", valueName: "name|path"))
    var theme: String?

    @Option(help: ArgumentHelp("Language of the screen: zh or en (default: from LC_ALL / LANG).", valueName: "zh|en"))
    var lang: Language?

    /// `--lang`, else the config's `language:`, else the locale.
    func language(configured: ConfigLanguage?, environment: [String: String]) -> Language {
        lang ?? configured.flatMap { Language(rawValue: $0.rawValue) } ?? Language(environment: environment)
    }

    func catalog(environment: [String: String]) -> ThemeCatalog {
        ThemeCatalog(
            environment: environment, currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: CommandLine.arguments.first)
    }

    /// `NO_COLOR` counts when set to anything non-empty, as no-color.org asks.
    static func noColor(_ environment: [String: String]) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The themes `t` cycles through, starting from the one in use.
    func themeCycle(first: Theme, catalog: ThemeCatalog) -> [Theme] {
        var themes = [first]
        for name in catalog.names() where name != first.name {
            let loaded = catalog.load(name)
            if loaded.errors.isEmpty { themes.append(loaded.theme) }
        }
        return themes
    }
}

extension Language: ExpressibleByArgument {}
