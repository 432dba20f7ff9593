// swift-tools-version:6.1
import PackageDescription

// Strict settings everywhere: existential `any` spelled out and imports visible only where declared,
// so a target cannot quietly lean on another's dependencies (the UI must never see GRDB or curses).
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "onescreen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "onescreen", targets: ["onescreen"]),
        .executable(name: "onescreen-bench", targets: ["onescreen-bench"]),
        .library(name: "OneScreenCore", targets: ["OneScreenCore"]),
        .library(name: "OneScreenUI", targets: ["OneScreenUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(
            name: "OneScreenCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for binding the ingest's hottest insert without boxing its values.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                "CSpawn",
                "CCurl",
                "CCrypto",
                "CLibpq",
            ],
            swiftSettings: strict
        ),
        // Two libc declarations Swift's Glibc module hides (they need _GNU_SOURCE): chdir and closefrom for spawned plug-ins.
        .systemLibrary(name: "CSpawn", path: "Sources/CSpawn"),
        // libcurl's easy interface for the http source: a blocking transfer on the source's own thread whose body
        // arrives through a callback, so it is streamed and bounded, and the timeout covers the whole request.
        .systemLibrary(name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // OpenSSL's libcrypto (Debian's libssl-dev) for SHA-256 of configs in the audit trail, rather than a hash of our own.
        .systemLibrary(name: "CCrypto", path: "Sources/CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // PostgreSQL's own C client (Debian's libpq-dev), for the PostgreSQL store; see PostgresConnection for why
        // libpq rather than an async Swift client.
        .systemLibrary(name: "CLibpq", path: "Sources/CLibpq", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .target(
            name: "OneScreenUI",
            dependencies: ["OneScreenCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .executableTarget(
            name: "onescreen",
            dependencies: [
                "OneScreenCore", "OneScreenUI", "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "onescreen-bench",
            dependencies: ["OneScreenCore", "OneScreenUI", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        // Helpers the test targets share: temporary directories, running the built binary, tmux.
        .target(name: "OneScreenTestSupport", dependencies: ["OneScreenCore"], path: "Tests/TestSupport", swiftSettings: strict),
        // A throwaway PostgreSQL cluster for the tests and the benchmark (initdb, pg_ctl, pg_basebackup).
        .target(name: "PostgresTestSupport", dependencies: ["CSpawn"], path: "Tests/PostgresTestSupport", swiftSettings: strict),
        .testTarget(name: "OneScreenCoreTests", dependencies: ["OneScreenCore", "OneScreenTestSupport", "PostgresTestSupport", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Yams", package: "Yams"), .product(name: "Logging", package: "swift-log")], swiftSettings: strict),
        .testTarget(name: "OneScreenUITests", dependencies: ["OneScreenUI", "OneScreenCore", "OneScreenTestSupport"], swiftSettings: strict),
        // Depends on the executable so `swift test` builds the binary these tests start.
        .testTarget(name: "EndToEndTests", dependencies: ["onescreen", "OneScreenCore", "OneScreenTestSupport", "PostgresTestSupport", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: strict),
    ]
)
