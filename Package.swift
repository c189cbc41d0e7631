// swift-tools-version:5.9
// Taipan: a Python 3.11 implementation in Swift. See ../shared/DESIGN.md for the architecture;
// modules follow the pipeline (syntax → compiler → runtime), one job each.
import PackageDescription

let optimised: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"]),
]

let package = Package(
    name: "Taipan",
    products: [
        .executable(name: "taipan", targets: ["taipan"]),
    ],
    targets: [
        .target(name: "TaipanSyntax", swiftSettings: optimised),
        .target(name: "TaipanCompiler", dependencies: ["TaipanSyntax"], exclude: ["Symbols/Symbols.md"],
                swiftSettings: optimised),
        .target(name: "CTaipan"),
        .systemLibrary(name: "CGMP", path: "Sources/CGMP", pkgConfig: "gmp", providers: [.apt(["libgmp-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CFFI", path: "Sources/CFFI", pkgConfig: "libffi", providers: [.apt(["libffi-dev"])]),
        .target(name: "TaipanRuntime", dependencies: ["CTaipan", "CGMP", "CZlib", "CFFI", "TaipanCompiler", "TaipanSyntax"],
                swiftSettings: optimised),
        // The Swift runtime linked statically: only the pages used are mapped in, and no
        // start-up relocations of the shared libraries (-2.6 MB of RSS at `taipan -c pass`).
        .executableTarget(name: "taipan", dependencies: ["TaipanSyntax", "TaipanCompiler", "TaipanRuntime"], swiftSettings: optimised,
                          linkerSettings: [.unsafeFlags(["-static-stdlib"])]),
        .testTarget(name: "TaipanSyntaxTests", dependencies: ["TaipanSyntax"], exclude: ["Fixtures"]),
        .testTarget(name: "TaipanCompilerTests", dependencies: ["TaipanCompiler", "TaipanSyntax"]),
        .testTarget(name: "TaipanRuntimeTests", dependencies: ["TaipanRuntime"], exclude: ["Fixtures"]),
    ]
)
