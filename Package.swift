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
        .target(name: "CTaipan"),
        .target(name: "TaipanRuntime", dependencies: ["CTaipan"], swiftSettings: optimised),
        .executableTarget(name: "taipan", dependencies: ["TaipanSyntax"], swiftSettings: optimised),
        .testTarget(name: "TaipanSyntaxTests", dependencies: ["TaipanSyntax"], exclude: ["Fixtures"]),
        .testTarget(name: "TaipanRuntimeTests", dependencies: ["TaipanRuntime"]),
    ]
)
