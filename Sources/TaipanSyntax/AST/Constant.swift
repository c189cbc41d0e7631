// The value of an `ast.Constant` (and of `MatchSingleton`): what a literal in the source
// denotes after escape processing and number conversion.
//
// Strings are kept as code points, not as a Swift `String`, because Python strings may hold
// lone surrogates ("\ud800") that a Swift `String` cannot represent. Integers that do not fit
// in 64 bits keep their decimal digits; the runtime turns them into big ints.

public enum ConstantValue: Equatable {
    case none
    case bool(Bool)
    case ellipsis
    /// An int literal that fits in a signed 64-bit word.
    case int(Int64)
    /// An int literal too large for 64 bits, as its canonical decimal digits (no sign, no
    /// leading zeros, no underscores).
    case bigInt(String)
    case float(Double)
    /// An imaginary literal such as `2.5j`: the real part is always zero.
    case imaginary(Double)
    /// A str literal as Unicode code points (lone surrogates allowed).
    case str([UInt32])
    case bytes([UInt8])
}
