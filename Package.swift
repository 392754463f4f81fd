// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kiosque",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kiosque", targets: ["kiosque"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // ncursesw + panelw through a module map and a shim header (see Sources/CNcursesw/shim.h).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The signal handlers and the flag they share with the event loop: one .c file, so one
        // copy of the flag (a static in a header is one per object file; see NCURSES.md).
        // libxml2 (Debian libxml2-dev) through a module map and a shim header; only KiosqueMarkup imports it.
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        // The HTML and XML parsers as plain Swift values (`MarkupDocument`): no C type above it.
        .target(name: "KiosqueMarkup", dependencies: ["CLibXML2"]),
        .target(name: "CKiosqueSignals", linkerSettings: [.linkedLibrary("ncursesw")]),
        // The data files the program reads at run time: top-level Resources/ and the seed articles.
        .target(
            name: "KiosqueResources",
            path: ".",
            // The target's root is the package root so that Resources/ and seeds/ stay top level;
            // every other folder holding code is excluded from it.
            exclude: ["Tests", "Sources/CNcursesw", "Sources/CKiosqueSignals", "Sources/CLibXML2", "Sources/KiosqueMarkup", "Sources/KiosqueCore", "Sources/KiosqueTUI",
                      "Sources/KiosqueCurses", "Sources/KiosqueApp", "Sources/kiosque", "Sources/kiosque-bench",
                      "Sources/KiosqueCursesDemo", "tools", "README.md", "DECISIONS.md", "BENCHMARKS.md", "MAP.md"],
            sources: ["Sources/KiosqueResources"],
            resources: [.copy("Resources"), .copy("seeds")]
        ),
        .target(name: "KiosqueCore", dependencies: [
            "KiosqueResources",
            "KiosqueMarkup",
            .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's C API (GRDB's own module) for the catalogue's hot loop; see DECISIONS.md.
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        .target(name: "KiosqueTUI", dependencies: ["KiosqueCore", "KiosqueResources"]),
        .target(name: "KiosqueCurses", dependencies: ["CNcursesw", "CKiosqueSignals", "KiosqueTUI"]),
        // The application layer: the reader's services (corpus, index worker, searches, stores)
        // and their wiring, behind `ReaderServices`; no curses.
        .target(name: "KiosqueApp", dependencies: ["KiosqueCore", "KiosqueTUI"]),
        .executableTarget(
            name: "kiosque",
            dependencies: [
                "KiosqueCore", "KiosqueTUI", "KiosqueApp", "KiosqueCurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: load, first screen, frame time (see BENCHMARKS.md); never part of the tests.
        .executableTarget(
            name: "kiosque-bench",
            dependencies: [
                "KiosqueCore", "KiosqueTUI", "KiosqueApp",
                // The loopback server of the fetching tests, for `kiosque-bench fetch`.
                "KiosqueTestServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Exercises the curses backend (overlays, wide characters, colours, keys) for the e2e tests.
        .executableTarget(name: "kiosque-curses-demo", dependencies: ["KiosqueCurses", "KiosqueTUI"],
                          path: "Sources/KiosqueCursesDemo"),
        // A small HTTP server on 127.0.0.1 that the fetching tests start and stop themselves.
        .target(name: "KiosqueTestServer", path: "Tests/TestServer"),
        .testTarget(name: "KiosqueCoreTests", dependencies: ["KiosqueCore", "KiosqueMarkup", "KiosqueTestServer"]),
        .testTarget(name: "KiosqueCursesTests", dependencies: ["KiosqueCurses", "KiosqueTUI"]),
        .testTarget(name: "KiosqueTUITests", dependencies: ["KiosqueTUI", "KiosqueApp"], exclude: ["Snapshots"]),
        .testTarget(name: "KiosqueEndToEndTests", dependencies: ["KiosqueCore", "KiosqueTestServer"]),
    ],
    swiftLanguageModes: [.v6]
)
